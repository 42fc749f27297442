# int methods
for n in [0, 1, -1, 255, -256, 2**64, -(2**64) + 1]:
    print(n, n.bit_length(), n.bit_count(), n.conjugate(), n.as_integer_ratio())
print((5).real, (5).imag, (5).numerator, (5).denominator)
print(int.__index__(7), (7).__int__(), (7).__float__(), (7).__trunc__(), (7).__floor__(), (7).__ceil__())
print((7).__round__(), (17).__round__(-1), (-7).__abs__(), (7).__neg__(), (7).__pos__(), (7).__invert__())
print((0).__bool__(), (3).__bool__(), (3).__hash__() == hash(3))
print(int.__add__(2, 3), int.__radd__(2, 3), int.__sub__(2, 3), int.__rsub__(2, 3))
print(int.__mul__(4, 5), int.__truediv__(7, 2), int.__floordiv__(7, 2), int.__rfloordiv__(7, 2))
print(int.__mod__(-7, 3), int.__rmod__(3, -7), int.__pow__(2, 10), int.__pow__(2, 10, 1000), int.__rpow__(2, 3))
print(int.__lshift__(1, 4), int.__rlshift__(1, 4), int.__rshift__(256, 2), int.__and__(12, 10), int.__or__(12, 10), int.__xor__(12, 10))
print(int.__divmod__(17, 5), int.__rdivmod__(5, 17))
print(int.__add__(1, 1.5), int.__mul__(3, "ab"), int.__eq__(1, 1.0), int.__lt__(1, "x"))
print(int.__eq__(3, 3), int.__ne__(3, 4), int.__lt__(3, 4), int.__ge__(3, 4), int.__gt__(2**70, 5), int.__le__(5, 5))
print((3).__add__(4), (3).__radd__(4.0), (10).__sub__(True))
try:
    int.__add__("a", 1)
except TypeError as e:
    print("TypeError", e)
print((2**100).__float__(), (10).__round__(-1))
try:
    (10**400).__float__()
except OverflowError as e:
    print("OverflowError", e)
print(sum([1, 2, 3]).__class__.__name__)
