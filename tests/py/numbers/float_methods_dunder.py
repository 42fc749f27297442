# float dunder methods called directly
x = 7.5
print(x.__add__(1), x.__radd__(1), x.__sub__(2), x.__rsub__(2), x.__mul__(2), x.__truediv__(2), x.__rtruediv__(15))
print(x.__floordiv__(2), x.__mod__(2), x.__divmod__(2), x.__pow__(2), x.__rpow__(2), x.__neg__(), x.__pos__(), x.__abs__())
print(x.__add__("a"), x.__mul__([1]), x.__eq__(7.5), x.__eq__("7.5"), x.__lt__(8), x.__ge__(1 << 70))
print(x.__int__(), x.__float__(), x.__bool__(), (0.0).__bool__(), x.__hash__() == hash(7.5))
print(x.real, x.imag, x.conjugate(), float.__new__(float, "2.5"), float.__new__(float))
print(float.__add__(1.0, True), float.__truediv__(1.0, 0.5), float.__repr__(0.1), float.__str__(1e22))
try:
    x.__truediv__(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    float.__add__(1, 2.0)
except TypeError as e:
    print("TypeError", e)
print(x.__getformat__("double") if hasattr(float, "__getformat__") else "IEEE, little-endian")
