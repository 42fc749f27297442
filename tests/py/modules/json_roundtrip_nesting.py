import json

data = {"list": [1, 2.5, "s", None, True, False, [], {}],
        "nested": {"a": {"b": {"c": [[[]]]}}},
        "unicode": "\u00fc\u4e2d", "empty": ""}
s = json.dumps(data, sort_keys=True)
print(s)
back = json.loads(s)
print(back == data)
print(json.dumps(json.loads(s), sort_keys=True) == s)
deep = []
cur = deep
for i in range(30):
    nxt = [i]
    cur.append(nxt)
    cur = nxt
print(json.loads(json.dumps(deep)) == deep)
print(json.dumps({"t": (1, (2, 3))}))
class D(dict):
    pass
class L(list):
    pass
print(json.dumps(D(a=L([1, 2]))))
print(json.dumps("x" * 3), json.dumps(""))
import io
f = io.StringIO()
json.dump({"z": [1]}, f)
print(f.getvalue())
print(json.load(io.StringIO('{"y": 2}')))
