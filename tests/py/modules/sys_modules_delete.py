# deleting from sys.modules and reimporting
import sys
import json
j1 = json
del sys.modules["json"]
import json
print(json is j1, json.dumps([1]) == j1.dumps([1]))
print(sys.modules.pop("not_there_t1", "dflt"))
try:
    del sys.modules["not_there_t1"]
except KeyError as e:
    print(type(e).__name__, e)
keys = [k for k in ("sys", "builtins") if k in sys.modules]
print(keys)
sys.modules["t1_alias"] = sys.modules["json"]
import t1_alias
print(t1_alias is json)
