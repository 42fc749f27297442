# float methods: hex, fromhex, as_integer_ratio, is_integer
for x in [0.0, -0.0, 1.0, -1.5, 0.1, 1e300, 5e-324, 2.2250738585072014e-308, float("inf"), float("-inf"), float("nan"), 3.141592653589793]:
    print(x.hex())
for s in ["0x1.8p1", "0X1P-2", "-0x1.fffffffffffffp+1023", "0x0.0000000000001p-1022", "1", "0x.8", "  0x1p0  ", "inf", "-nan", "0x1.00000000000008p0", "0x1.00000000000018p0", "0x1p-1075", "0x1p-1074", "0x3p-1076", "ff", "0x1.p1"]:
    print(s, float.fromhex(s))
for s in ["", "0x", "0xg", "0x1p", "1.2.3", "0x1p1.5"]:
    try:
        float.fromhex(s)
    except ValueError as e:
        print("ValueError", e)
try:
    float.fromhex("0x1p1024")
except OverflowError as e:
    print("OverflowError", e)
for x in [0.0, 1.0, 0.5, -0.75, 0.1, 1e20, 1e-20, 5e-324, 3.0]:
    print(x, x.as_integer_ratio(), x.is_integer())
for v in [float("inf"), float("nan")]:
    try:
        v.as_integer_ratio()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(float("inf").is_integer(), float("nan").is_integer())
for x in [1.5, -2.0, 1e300, 123.456]:
    assert float.fromhex(x.hex()) == x
print((1.5).conjugate(), (1.5).real, (1.5).imag, (2.0).__float__(), (-2.0).__abs__(), (2.0).__neg__(), (0.0).__bool__())
print(float.__add__(1.5, 2), float.__radd__(1.5, 2), float.__sub__(1.0, True), float.__rsub__(1.0, 3), float.__mul__(1.5, "x"))
print(float.__truediv__(1.0, 4), float.__rtruediv__(4.0, 1), float.__floordiv__(7.0, 2), float.__mod__(7.0, 2), float.__pow__(2.0, 3), float.__rpow__(2.0, 3))
print(float.__eq__(1.0, 1), float.__lt__(1.0, 2**70), float.__ge__(1.0, "x"), float.__divmod__(7.0, 2))
print(hash(1.5) == (1.5).__hash__(), hash(2.0) == hash(2), hash(-1.0))
