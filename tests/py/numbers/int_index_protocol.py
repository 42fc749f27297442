class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print(bin(I(5)), hex(I(255)), oct(I(8)), [10, 20, 30][I(1)], range(I(3)))
print(int(I(7)) if hasattr(I, "__int__") else "noint")
print("ab" * I(3), [0] * I(2))
print(round(1.2345, I(2)))
try:
    pow(2, I(10))
except TypeError as e:
    print(type(e).__name__, e)
class F:
    def __float__(self):
        return 2.5
print(float(F()))
import math
print(math.sqrt(F()))
class N:
    def __int__(self):
        return 42
print(int(N()))
class Bad:
    def __index__(self):
        return 1.5
for f in (hex, bin, oct, lambda b: [1, 2][b], lambda b: "ab" * b, range):
    try:
        f(Bad())
    except TypeError as e:
        print(type(e).__name__, e)
try:
    l = [1]
    l[1.0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    hex(1.0)
except TypeError as e:
    print(type(e).__name__, e)
class BadF:
    def __float__(self):
        return 1
try:
    float(BadF())
except TypeError as e:
    print(type(e).__name__, e)
