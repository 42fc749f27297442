# clear/copy and their effect on existing views and iterators
d = {"a": 1, "b": 2}
k = d.keys()
c = d.copy()
d.clear()
print(d, c, list(k), len(k), k)
d["z"] = 0
print(list(k), c)
c2 = c.copy()
c2["a"] = 100
print(c, c2)
nested = {"l": [1]}
shallow = nested.copy()
shallow["l"].append(2)
print(nested)
it = iter(c)
c.clear()
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e)
e = {}
it2 = iter(e)
print(list(it2))
d = {1: 1}
it3 = iter(d)
d[1] = "changed"
print(list(it3), d)
