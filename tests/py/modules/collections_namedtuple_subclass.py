# namedtuple subclassing, methods, repr, pickling helpers, module
from collections import namedtuple
class Point(namedtuple("Point", "x y")):
    __slots__ = ()
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def __str__(self):
        return "<%d,%d>" % self
p = Point(3, 4)
print(p, repr(p), p.norm2(), p._replace(x=0), type(p._replace(x=0)).__name__)
print(Point._make([5, 6]).norm2(), Point.__name__, Point.__mro__[1].__name__)
print(p.__getnewargs__(), tuple(p), list(p))
N = namedtuple("N", "a b", module="mymod")
print(N.__module__, N(1, 2))
print(sorted([N(2, 1), N(1, 2), N(1, 1)]))
print(max(N(1, 9), N(2, 0)), N(1, 2) < N(1, 3))
d = {N(1, 2): "v"}
print(d[(1, 2)], N(*"xy"), N(**{"a": 1, "b": 2}))
print(N.a.__doc__ is None or isinstance(N.a.__doc__, str))
match N(1, 2):
    case N(a, b):
        print("matched", a, b)
