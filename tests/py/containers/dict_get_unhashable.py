# unhashable keys raise TypeError in every dict operation
d = {"a": 1}
ops = [
    ("d[[]]", lambda: d[[]]),
    ("d[[]] = 1", lambda: d.__setitem__([], 1)),
    ("del d[{}]", lambda: d.__delitem__({})),
    ("[] in d", lambda: [] in d),
    ("d.get([])", lambda: d.get([])),
    ("d.get([], 0)", lambda: d.get([], 0)),
    ("d.pop([])", lambda: d.pop([])),
    ("d.pop([], 0)", lambda: d.pop([], 0)),
    ("d.setdefault(set())", lambda: d.setdefault(set())),
    ("dict.fromkeys([[1]])", lambda: dict.fromkeys([[1]])),
    ("{[1]: 1}", lambda: {(1, [2]): 1}),
    ("dict([([], 1)])", lambda: dict([([], 1)])),
    ("d.update([([], 1)])", lambda: d.update([([], 1)])),
    ("d.keys() & [[1]]", lambda: d.keys() & [[1]]),
    ("[] in d.keys()", lambda: [] in d.keys()),
    ("([], 1) in d.items()", lambda: ([], 1) in d.items()),
]
for name, f in ops:
    try:
        print(name, "->", f())
    except TypeError as e:
        print(name, "-> TypeError", e)
print(d)
