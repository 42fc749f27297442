import json

d = {"b": [1, 2, {"x": None}], "a": {"k": True, "e": []}, "c": {}}
print(json.dumps(d, indent=2))
print(json.dumps(d, indent=0))
print(json.dumps(d, indent="\t"))
print(json.dumps([1, [2, [3]]], indent=1))
print(json.dumps([], indent=4), json.dumps({}, indent=4))
print(json.dumps(d, sort_keys=True))
print(json.dumps(d, sort_keys=True, indent=1))
print(json.dumps(d, separators=(",", ":")))
print(json.dumps(d, indent=2, separators=(",", ": ")))
print(json.dumps([1, 2], separators=(" ; ", " = ")))
print(json.dumps({"a": 1}, separators=(" ; ", " = ")))
