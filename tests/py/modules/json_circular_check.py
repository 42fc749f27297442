# json.dumps circular reference detection, check_circular=False, nested containers
import json
a = []
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print("ValueError", e)
d = {}
d["self"] = d
try:
    json.dumps(d)
except ValueError as e:
    print("ValueError", e)
try:
    json.dumps(d, check_circular=False)
except RecursionError as e:
    print("RecursionError")
shared = [1, 2]
print(json.dumps([shared, shared, {"k": shared}]))
class Loop:
    pass
def dflt(o):
    return [o]
try:
    json.dumps(Loop(), default=dflt)
except ValueError as e:
    print("ValueError", e)
print(json.dumps([[[[[[]]]]]]), json.dumps({"a": {"b": {"c": {}}}}))
deep = []
cur = deep
for _ in range(50):
    nxt = []
    cur.append(nxt)
    cur = nxt
print(len(json.dumps(deep)), json.loads(json.dumps(deep)) == deep)
