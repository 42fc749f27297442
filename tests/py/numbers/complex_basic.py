# complex construction and arithmetic
print(complex(), complex(1), complex(1.5, -2), complex(1j), complex(1j, 1j), complex(real=3, imag=4))
for s in ["1+2j", " (3-4j) ", "j", "-j", "+1.5J", "1e3+1e-3j", "inf+nanj", "-infj", "5", "( 1 )", "1_0+2_0j", "1e+5j", "-1.5e-3-2.5e+3j"]:
    print(repr(s), complex(s))
for s in ["", "1+", "1 + 2j", "j1", "1+2", "(1+2j", "1+2jj", "--1", "1+-2j", "()"]:
    try:
        complex(s)
    except ValueError as e:
        print("ValueError", repr(s), e)
for args in [("1", 2), (1, "2"), (None,), ([],)]:
    try:
        complex(*args)
    except TypeError as e:
        print("TypeError", e)
class C:
    def __complex__(self):
        return 2 + 3j
class Fl:
    def __float__(self):
        return 1.25
print(complex(C()), complex(Fl()), complex(Fl(), Fl()))
z = 3 + 4j
print(z.real, z.imag, z.conjugate(), abs(z), -z, +z, z * z, z / 2, z - 1, 1 - z, z ** 2, 2 ** z == 2 ** z)
print((1 + 2j) / (3 - 4j), (1j) ** 2, (0j) ** 0, (1 + 1j) ** -1)
print(bool(0j), bool(1j), hash(3 + 0j) == hash(3), z == 3 + 4j, z != 3)
try:
    z / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    z // 2
except TypeError as e:
    print("TypeError", e)
try:
    z % 2
except TypeError as e:
    print("TypeError", e)
try:
    z < 1
except TypeError as e:
    print("TypeError", e)
try:
    0j ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(complex.__add__(1j, 1), complex.__radd__(1j, 1), complex.__mul__(1j, 1j), complex.__eq__(1j, 1j), complex.__lt__(1j, 1j))
print(complex.__truediv__(2j, 2), complex.__rsub__(1j, 5), complex.__pow__(2j, 2), complex.__abs__(-5j), (1j).__complex__())
print(repr(complex(-0.0, -0.0)), repr(complex(0.0, -0.0)), complex(float("inf"), float("nan")), complex(1e300, 1e-300))
