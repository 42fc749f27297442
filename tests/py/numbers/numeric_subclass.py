# subclasses of int, float and complex
class MyInt(int):
    def double(self):
        return self * 2
class Neg(int):
    def __new__(cls, v):
        return super().__new__(cls, -v)
class Money(float):
    def __repr__(self):
        return "$" + format(float(self), ".2f")
class Cx(complex):
    pass
a = MyInt(21)
print(a, repr(a), type(a).__name__, a.double(), type(a.double()).__name__, a + 1, type(a + 1).__name__)
print(a == 21, a < 22, hash(a) == hash(21), a.bit_length(), -a, abs(MyInt(-4)), ~a, a // 2, a % 5, a ** 2, 2 ** MyInt(3))
print(MyInt("ff", 16), MyInt(3.9), MyInt(), isinstance(a, int), int(a), type(int(a)).__name__)
a.tag = "x"
print(a.tag, a.__dict__)
print(Neg(5), type(Neg(5)).__name__)
print(MyInt(10**30) + 1, MyInt(2**70) == 2**70, str(MyInt(-7)), format(MyInt(255), "x"))
print(float(a), complex(a), bool(MyInt(0)), [1, 2, 3][MyInt(1)], range(10)[MyInt(2)])
m = Money(3.14159)
print(m, repr(m), str(m), m + 1, type(m + 1).__name__, m * 2, -m, round(m, 2), int(m), m.is_integer(), m.hex()[:8])
print(Money("2.5"), Money(2), isinstance(m, float), float(m), type(float(m)).__name__)
c = Cx(1, 2)
print(c, type(c).__name__, c + 1, type(c + 1).__name__, c.conjugate(), abs(Cx(3, 4)), c.real, c.imag, Cx("3+4j"))
class Cmp(int):
    def __eq__(self, other):
        return "eq called"
    __hash__ = int.__hash__
print(Cmp(1) == 1, 1 == Cmp(1), hash(Cmp(5)))
class Add(int):
    def __add__(self, other):
        return "custom add"
    def __radd__(self, other):
        return "custom radd"
print(Add(1) + 1, 1 + Add(1), 1.5 + Add(1), Add(1) - 1)
class F2(float):
    def __add__(self, o):
        return F2(float(self) + o)
x = F2(1.5) + 1
print(x, type(x).__name__, super(F2, F2(2.0)).__add__(3.0))
print(int.__new__(MyInt, 7), type(int.__new__(MyInt, 7)).__name__, float.__new__(Money, 1.5))
print(MyInt.from_bytes(b"\x01\x00", "big"), type(MyInt.from_bytes(b"\x01", "big")).__name__, Money.fromhex("0x1p1"))
