# float.as_integer_ratio / is_integer / conjugate / real / imag
for f in [0.0, -0.0, 1.0, 0.5, -0.75, 0.1, 1e300, 5e-324, 123456789.0, 2.0 ** 60, -3.0]:
    print(repr(f), f.as_integer_ratio(), f.is_integer(), f.conjugate(), f.real, f.imag)
for f in [float("inf"), float("-inf"), float("nan")]:
    print(f.is_integer())
    try:
        f.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
n, d = (0.1).as_integer_ratio()
print(n / d == 0.1, type(n).__name__)
for m in ("as_integer_ratio", "is_integer", "hex", "conjugate"):
    try:
        getattr(1.0, m)(2)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    float.is_integer(1)
except TypeError as e:
    print(type(e).__name__, e)
class F(float):
    pass
print(F(2.5).as_integer_ratio(), type(F(2.0).real).__name__, type(F(2.0).conjugate()).__name__)
print((2.5).__trunc__(), (-2.5).__floor__(), (-2.5).__ceil__(), (2.5).__int__(), (2.5).__float__())
print((2.5).__getnewargs__(), (-2.5).__abs__(), (2.5).__neg__(), (0.0).__bool__())
