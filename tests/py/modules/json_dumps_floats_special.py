# json.dumps of special floats, allow_nan, int/float subclasses, ensure_ascii
import json
print(json.dumps([float("inf"), float("-inf"), float("nan")]))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError", e)
try:
    json.dumps([float("inf")], allow_nan=False)
except ValueError as e:
    print("ValueError", e)
print(json.dumps([1e16, 1.0, 0.1, -0.0, 1e-7, 123456789.123]))
print(json.dumps(True), json.dumps(None), json.dumps(10**20))
class I(int): pass
class F(float): pass
print(json.dumps([I(5), F(2.5)]))
print(json.dumps("é\u2028\U0001F600\x00\x1f\"\\"))
print(json.dumps("é\U0001F600", ensure_ascii=False))
print(json.dumps({"é": 1}), json.dumps({"é": 1}, ensure_ascii=False))
print(json.dumps((1, 2)), json.dumps([(1,), ()]))
