import json

print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d", False: "e"}))
print(json.dumps({"b": 1, "a": 2, "c": 3}, sort_keys=True))
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError", e)
print(json.dumps({(1, 2): 3}, skipkeys=True))
try:
    json.dumps({1: 2, "a": 3}, sort_keys=True)
except TypeError as e:
    print("TypeError", e)
try:
    json.dumps(object)
except TypeError as e:
    print("TypeError", e)
try:
    json.dumps({1, 2})
except TypeError as e:
    print("TypeError", e)
try:
    json.dumps(b"x")
except TypeError as e:
    print("TypeError", e)
print(json.dumps((1, 2)), json.dumps([]), json.dumps(()))
print(json.dumps(float("inf")), json.dumps(float("-inf")), json.dumps(float("nan")))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError", e)
print(json.dumps(1e100), json.dumps(0.1), json.dumps(-0.0), json.dumps(10**30))
print(json.dumps([1, object()], default=lambda o: "obj"))
print(json.dumps({"a": 1}, default=str))
