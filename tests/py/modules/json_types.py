# json: type mapping details
import json
print(json.loads("[1, 1.0, 1e2, -0.5, true, null]"), [type(v).__name__ for v in json.loads("[1, 1.0, true, null, \"s\", {}, []]")])
print(json.dumps(1.0), json.dumps(100.0), json.dumps(0.1), json.dumps(-3), json.dumps(2 ** 70))
print(json.dumps({"b": 1, "a": 2}), json.dumps({1: "int key"}))
print(json.dumps("\u00e9\n"), json.loads(json.dumps("tab\t")) == "tab\t")
print(json.dumps([1, [2, [3, [4]]]]), json.loads("[[[[]]]]"))
print(json.dumps(True), json.dumps(None), json.dumps([False]))
