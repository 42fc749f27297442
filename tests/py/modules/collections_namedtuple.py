# namedtuple: fields, defaults, _asdict/_replace/_make, errors
from collections import namedtuple
Point = namedtuple("Point", "x y")
p = Point(3, y=4)
print(p, repr(p), p.x + p.y, p[0], p[-1], len(p))
print(Point._fields, p._asdict(), p._replace(y=10), Point._make([7, 8]))
print(isinstance(p, tuple), p == (3, 4), hash(p) == hash((3, 4)), tuple(p))
a, b = p
print(a, b, p.count(3), p.index(4))
P3 = namedtuple("P3", ["a", "b", "c"], defaults=[2, 3])
print(P3(1), P3(1, 5), P3(1, c=9), P3._field_defaults)
Q = namedtuple("Q", "a, b,c")
print(Q._fields, Q(1, 2, 3))
R = namedtuple("R", "x def x", rename=True)
print(R._fields)
for bad in [("B", "a a"), ("B", "_x"), ("B", "1a"), ("1B", "a")]:
    try:
        namedtuple(*bad)
    except ValueError as e:
        print("ValueError", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
try:
    p.x = 1
except AttributeError:
    print("AttributeError")
try:
    p._replace(z=1)
except ValueError as e:
    print("ValueError", e)
class Sub(namedtuple("Base", "u v")):
    def total(self):
        return self.u + self.v
s = Sub(1, 2)
print(s.total(), s, type(s).__name__)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
d = {Point(0, 0): "origin"}
print(d[(0, 0)])
