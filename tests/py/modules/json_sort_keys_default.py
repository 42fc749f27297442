# json.dumps sort_keys, default=, skipkeys, non-str keys
import json
print(json.dumps({"b": 1, "a": 2, "c": {"z": 0, "y": 1}}, sort_keys=True))
print(json.dumps({3: "i", 1.5: "f", True: "t", None: "n"}))
print(json.dumps({2: 1, 1: 2}, sort_keys=True))
try:
    json.dumps({1: 1, "a": 2}, sort_keys=True)
except TypeError as e:
    print("TypeError", e)
try:
    json.dumps({(1, 2): 1})
except TypeError as e:
    print("TypeError", e)
print(json.dumps({(1, 2): 1, "k": 2}, skipkeys=True))
class P:
    def __init__(self, x):
        self.x = x
print(json.dumps([P(1), P(2)], default=lambda o: {"P": o.x}))
print(json.dumps({1, 2} and [1], default=list))
print(json.dumps({"s": {3}}, default=sorted))
try:
    json.dumps(P(1))
except TypeError as e:
    print("TypeError", e)
try:
    json.dumps(b"x")
except TypeError as e:
    print("TypeError", e)
def bad(o):
    raise ValueError("nope " + type(o).__name__)
try:
    json.dumps([P(0)], default=bad)
except ValueError as e:
    print("ValueError", e)
