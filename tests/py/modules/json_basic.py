# json dumps/loads
import json
print(json.dumps(1), json.dumps(1.5), json.dumps("s"), json.dumps(None), json.dumps(True), json.dumps(False))
print(json.dumps([1, "a", None, [True]]), json.dumps({"a": 1, "b": [1, 2]}), json.dumps([]), json.dumps({}))
print(json.dumps("quote\"back\\slash\nnl\ttab"), json.dumps((1, 2)))
print(json.dumps({"k": "v"}, separators=(",", ":")), json.dumps([1, 2], separators=(",", ":")))
print(json.loads("1"), json.loads("-2.5"), json.loads('"s"'), json.loads("null"), json.loads("true"), json.loads("false"))
print(json.loads("[1, 2, [3]]"), json.loads('{"a": {"b": [1, null]}}'), json.loads(' { } '), json.loads("[]"))
print(json.loads('"\\u0041\\n\\"x"'), json.loads("1e3"), json.loads('"\\u00e9"'))
obj = {"name": "x", "vals": [1, 2.5, "three", None, True], "nested": {"k": []}}
print(json.loads(json.dumps(obj)) == obj)
for bad in ["", "[1,", "{'a': 1}", "nul", "[1 2]"]:
    try:
        json.loads(bad)
    except ValueError:
        print("ValueError for", repr(bad))
try:
    json.dumps(object())
except TypeError:
    print("TypeError for object")
print(json.dumps("é"), json.dumps(10 ** 20), json.dumps(-0))
