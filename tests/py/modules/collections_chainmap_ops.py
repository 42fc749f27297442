# ChainMap: lookup order, writes to first map, new_child/parents, maps, deletion errors
from collections import ChainMap
a, b = {"x": 1, "y": 2}, {"y": 20, "z": 30}
c = ChainMap(a, b)
print(c["x"], c["y"], c["z"], len(c), sorted(c), c.get("w", "dflt"), "z" in c)
c["z"] = 300; c["w"] = 4
print(a, b, c.maps == [a, b])
child = c.new_child({"x": "child"})
print(child["x"], child.parents["x"], len(child.maps), child.new_child()["y"])
del c["w"]
try:
    del c["z"]
except KeyError as e:
    print("KeyError", e)
print(c.pop("x"), c.pop("nope", None))
try:
    c.pop("nope")
except KeyError as e:
    print("KeyError", e)
print(sorted(c.items()), sorted(c.keys()), sorted(c.values()))
print(repr(ChainMap()), ChainMap({1: 2}), bool(ChainMap({})), bool(ChainMap({}, {1: 1})))
d = c.copy(); d["new"] = 1
print("new" in c, "new" in d, type(d).__name__)
c.clear(); print(c.maps, b)
print(dict(ChainMap({"a": 1}, {"a": 2, "b": 3})), list(ChainMap({"a": 1}, {"b": 2, "a": 3})))
