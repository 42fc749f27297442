# json.dumps: separators, indent, sort_keys, nested containers
import json
d = {"b": [1, 2, {"c": None}], "a": {"x": True, "y": False}, "e": [], "f": {}}
print(json.dumps(d))
print(json.dumps(d, sort_keys=True))
print(json.dumps(d, indent=2))
print(json.dumps(d, indent=0))
print(json.dumps(d, indent="\t", sort_keys=True))
print(json.dumps(d, separators=(",", ":")))
print(json.dumps(d, indent=1, separators=(", ", " = ")))
print(json.dumps([1, [2, [3]]], indent=3))
print(json.dumps([]), json.dumps({}), json.dumps([[]], indent=2), json.dumps({"a": {}}, indent=2))
print(json.dumps((1, (2, 3))), json.dumps([None, True, False]))
print(json.dumps(-5), json.dumps(2 ** 100), json.dumps(-2 ** 64))
