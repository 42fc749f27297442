# json.dumps: errors, default, circular references, dump to a file-like object
import json
class P:
    def __init__(self, x):
        self.x = x
for o in [b"x", {1, 2}, P(1), object, 1j]:
    try:
        json.dumps(o)
    except TypeError as e:
        print("TypeError", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError", e)
try:
    json.dumps([1e400 * 0], allow_nan=False)
except ValueError as e:
    print("ValueError", e)
a = [1]
a += [a]
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
print(json.dumps([P(1), P(2)], default=lambda o: {"P": o.x}))
print(json.dumps({"s": {3, 1, 2}}, default=sorted))
class W:
    def __init__(self):
        self.parts = ""
    def write(self, s):
        self.parts = self.parts + s
w = W()
json.dump({"a": [1, 2]}, w)
print(w.parts)
w = W()
json.dump([1], w, indent=1)
print(w.parts)
shared = [1]
print(json.dumps([shared, shared]))
