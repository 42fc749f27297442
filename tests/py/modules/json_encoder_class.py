import json

enc = json.JSONEncoder(sort_keys=True, indent=1)
print(enc.encode({"b": 1, "a": [1, 2]}))
print(json.JSONEncoder().encode([1, "x", None]))
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1, 2}}, cls=E))
try:
    json.dumps({"s": object()}, cls=E)
except TypeError as e:
    print("TypeError", str(e).split(" at ")[0][:40])
l = []
l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print("ValueError", e)
d = {}
d["d"] = d
try:
    json.dumps(d)
except ValueError as e:
    print("ValueError", e)
dec = json.JSONDecoder()
print(dec.decode('{"a": [1]}'), dec.raw_decode('[1, 2] tail'))
print(json.loads('"\\u00e9"'), json.dumps(True), json.dumps(None), json.dumps("a\u2028b"))
print(json.dumps(1.0), json.dumps(123456789.123), json.dumps(1e-7), json.dumps(-5))
