# json: nested structures, escaping, indent, round trips
import json
data = {"list": [1, 2, {"x": None}], "str": "tab\tquote\"", "num": -12.5, "flag": False, "empty": {}}
s = json.dumps(data)
print(s)
print(json.loads(s) == data)
print(json.dumps(data, indent=2) if True else "")
print(json.dumps([[], [[]], {"a": []}]), json.dumps({"1": 1, "2": [True]}))
print(json.loads('  [1 ,  2 , "three" , {"four" : 4.0} ] '))
print(json.loads('"\\\\ \\/ \\b\\f\\n\\r\\t"'))
print(json.loads("123456789012345678901234567890"), json.loads("-0"), json.loads("0.5e1"))
print(json.dumps({"a": 1}, sort_keys=True) if True else "", json.dumps(["é", "\u2603"]))
class Obj:
    pass
try:
    json.dumps({"o": Obj()})
except TypeError:
    print("TypeError not serializable")
print(type(json.loads("{}")).__name__, type(json.loads("[]")).__name__, type(json.loads("1.0")).__name__)
