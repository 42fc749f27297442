# json.loads hooks: object_hook, object_pairs_hook, parse_float, parse_int, parse_constant
import json
from collections import OrderedDict
doc = '{"b": 1, "a": [1.5, 2, {"c": null}], "b": 3}'
print(json.loads(doc))
print(json.loads(doc, object_hook=lambda d: sorted(d.items())))
print(json.loads(doc, object_pairs_hook=list))
print(json.loads(doc, object_pairs_hook=OrderedDict))
print(json.loads(doc, object_hook=len, object_pairs_hook=tuple))
print(json.loads("[1.25, 2, 3e2]", parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads("[NaN, Infinity, -Infinity]", parse_constant=lambda s: "<" + s + ">"))
print(json.loads('{"x": 1}', object_hook=lambda d: d.get("x")))
def bad_hook(d):
    raise KeyError("hook failed")
try:
    json.loads('{"a": 1}', object_hook=bad_hook)
except KeyError as e:
    print("KeyError", e)
try:
    json.loads("1.5", parse_float=int)
except ValueError as e:
    print("ValueError", e)
print(json.loads('"x"', object_hook=bad_hook), json.loads("[]", object_pairs_hook=bad_hook))
print(json.loads("123", parse_int=float), json.loads('{"k": {}}', object_pairs_hook=dict))
