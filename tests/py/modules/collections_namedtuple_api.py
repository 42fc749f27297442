from collections import namedtuple

P = namedtuple("P", "x y")
p = P(1, y=2)
print(p, p.x, p[1], P._fields, len(p))
print(P._make([3, 4]), p._asdict(), type(p._asdict()).__name__)
print(p._replace(x=9), p)
try:
    p._replace(z=1)
except ValueError as e:
    print("ValueError", e)
Q = namedtuple("Q", ["a", "b", "c"], defaults=[5, 6])
print(Q(1), Q(1, 2), Q._field_defaults)
try:
    Q()
except TypeError as e:
    print("TypeError", e)
R = namedtuple("R", "a, def, a, _x", rename=True)
print(R._fields)
try:
    namedtuple("S", "a def")
except ValueError as e:
    print("ValueError", e)
try:
    namedtuple("S", "a a")
except ValueError as e:
    print("ValueError", e)
try:
    namedtuple("S", "a _b")
except ValueError as e:
    print("ValueError", e)
try:
    P(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
try:
    P._make([1])
except TypeError as e:
    print("TypeError", e)
print(P.__name__, isinstance(p, tuple), p == (1, 2), hash(p) == hash((1, 2)))
x, y = p; print(x, y)
try:
    p.x = 5
except AttributeError:
    print("AttributeError")
class P3(namedtuple("P3", "a b")):
    def total(self):
        return self.a + self.b
print(P3(1, 2).total(), P3(1, 2))
