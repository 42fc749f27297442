from collections import ChainMap

a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
cm = ChainMap(a, b)
print(cm["x"], cm["y"], cm["z"], len(cm), sorted(cm), cm.get("q", 0), "z" in cm)
cm["w"] = 5
print(a, b)
del cm["x"]
print(a)
try:
    del cm["z"]
except KeyError as e:
    print("KeyError", e)
child = cm.new_child({"y": 99})
print(child["y"], child.parents["y"], len(child.maps))
print(sorted(child.items()), sorted(dict(child).items()))
print(ChainMap().maps, cm.pop("w"), a)
try:
    cm.pop("nope")
except KeyError as e:
    print("KeyError", e)
try:
    ChainMap()["k"]
except KeyError as e:
    print("KeyError", e)
print(bool(ChainMap()), bool(ChainMap({}, {"a": 1})))
