# float subclasses and float() of subclasses
class F(float):
    def describe(self):
        return "F:" + repr(float(self))
f = F(2.5)
print(f, f.describe(), type(f + 1).__name__, type(float(f)).__name__, F("1e3"), F(), F(7))
print(f == 2.5, hash(f) == hash(2.5), f.is_integer(), f.as_integer_ratio(), round(f), f.hex())
print(F.fromhex("0x1p1"), type(F.fromhex("0x1p1")).__name__, isinstance(f, float), -f, abs(F(-1.0)))
class G(float):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
print(G(3), type(G(3)).__name__)
class WithFloat:
    def __float__(self):
        return 1.5
print(float(WithFloat()), type(float(WithFloat())).__name__)
try:
    F("x")
except ValueError as e:
    print("ValueError", e)
