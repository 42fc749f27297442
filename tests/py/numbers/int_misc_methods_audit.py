# bit_count, as_integer_ratio, bit_length, conjugate, real/imag, numerator/denominator, is_integer
for n in [0, 1, -1, 255, -256, 2**64, -(2**100) + 1, True, False]:
    print(n, n.bit_count(), n.bit_length(), n.as_integer_ratio(), n.conjugate(), n.real, n.imag,
          n.numerator, n.denominator, type(n.as_integer_ratio()[0]).__name__)
print(int.bit_count(7), int.as_integer_ratio(-3))
for m in ("bit_count", "bit_length", "as_integer_ratio", "conjugate"):
    try:
        getattr(5, m)(1)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    int.bit_count(1.5)
except TypeError as e:
    print(type(e).__name__, e)
class MyInt(int):
    pass
r = MyInt(6).as_integer_ratio()
print(r, type(r[0]).__name__)
print(type(MyInt(3).real).__name__, type(MyInt(3).numerator).__name__, type(True.real).__name__)
print(hasattr(5, "bit_count"))
print((5).__index__(), (5).__int__(), (5).__float__(), (5).__trunc__(), (5).__floor__(), (5).__ceil__())
print((-5).__abs__(), (5).__neg__(), (5).__pos__(), (5).__invert__(), (5).__bool__(), (0).__bool__())
print((5).__sizeof__() > 0, (5).__getnewargs__(), int.__new__(int, "12"), int.__new__(MyInt, 3).__class__.__name__)
