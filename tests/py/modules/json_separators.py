# json.dumps separators combined with indent and nesting
import json
v = {"a": [1, 2, {"b": None}], "c": "x"}
print(json.dumps(v, separators=(",", ":")))
print(json.dumps(v, separators=(" , ", " : ")))
print(json.dumps(v, indent=2, separators=(",", ": ")))
print(json.dumps(v, indent=0))
print(json.dumps(v, indent="\t"))
print(json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps([[]], indent=1))
print(json.dumps([1, [2, [3]]], indent=1))
print(json.dumps(v, indent=-1))
print(json.dumps(v, indent=None, separators=None))
try:
    json.dumps(v, separators=(",",))
except ValueError as e:
    print("ValueError", e)
try:
    json.dumps(v, separators=(",", ":", "x"))
except ValueError as e:
    print("ValueError", e)
