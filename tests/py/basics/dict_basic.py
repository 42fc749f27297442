# dicts: construction, access, methods, ordering
d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], "b" in d, "z" in d, 1 in d)
print(dict(), dict(x=1, y=2), dict([("p", 1), ("q", 2)]), dict({"k": 0}, j=1), dict.fromkeys("ab", 0))
print(d.get("a"), d.get("z"), d.get("z", -1))
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("a"), d.pop("zz", "dflt"), d)
print(d.setdefault("b", 99), d.setdefault("n", []), d)
d.update({"b": 20, "e": 5})
d.update(f=6)
d.update([("g", 7)])
print(d)
print(d.popitem(), d)
d2 = d.copy()
d2.clear()
print(d2, len(d))
del d["c"]
print(d)
d = {}
for w in "the quick the lazy the end quick".split():
    d[w] = d.get(w, 0) + 1
print(d)
d["the"] = 0
print(d)
del d["the"]
d["the"] = 1
print(d)
print({1: "a", 1.0: "b", True: "c"})
print({(1, 2): 3}, {None: 0})
for k in {"x": 1, "y": 2}:
    print(k)
for k, v in {"x": 1, "y": 2}.items():
    print(k, v)
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError", e)
try:
    del d["nope"]
except KeyError as e:
    print("KeyError", e)
print({"a": 1} == {"a": 1}, {"a": 1} != {"a": 2}, {1: 2, 3: 4} == {3: 4, 1: 2})
print({**{"a": 1}, "b": 2, **{"a": 3}})
print({"a": 1} | {"b": 2}, sorted({3: 1, 1: 2}))
e = {"k": 1}
e |= {"k": 2, "m": 3}
print(e)
try:
    for k in e:
        e["new"] = 1
except RuntimeError as ex:
    print("RuntimeError", ex)
