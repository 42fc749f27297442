# dict insertion order across updates, deletions, re-insertions
d = {}
for k in "zyxwvu":
    d[k] = ord(k)
print(list(d))
d["y"] = 0
print(list(d.items())[:3])
del d["x"]
d["x"] = 1
print(list(d))
d.pop("z")
d.setdefault("z", 26)
print(list(d))
d.update({"a": 1, "w": 2})
print(list(d.items()))
copy = dict(d)
copy.clear()
print(d == dict(sorted(d.items())), len(copy))
m = {1: "int", "1": "str", 1.5: "float", (1,): "tuple", None: "none", True: "bool-replaces-1"}
print(m, len(m))
counts = {}
for word in "one two three two three three".split():
    counts[word] = counts.get(word, 0) + 1
print(counts, sorted(counts, key=counts.get, reverse=True))
inv = {v: k for k, v in counts.items()}
print(inv)
nested = {"a": {"b": {"c": 1}}}
nested["a"]["b"]["d"] = 2
print(nested, nested["a"]["b"].get("c"))
keys = list(range(20))
dd = dict.fromkeys(keys)
for kk in keys[::3]:
    del dd[kk]
print(list(dd))
print({i: None for i in range(3)} == dict.fromkeys(range(3)))
