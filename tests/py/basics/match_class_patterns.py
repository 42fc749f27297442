# match: class patterns with __match_args__, keyword patterns, builtins
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return "on y axis at %r" % yy
        case Point(xx, 0):
            return "on x axis at %r" % xx
        case Point3(z=z) if z > 0:
            return "above plane %r" % z
        case Point(x, y) if x == y:
            return "diagonal %r" % x
        case Point():
            return "some point"
        case int(n) | float(n):
            return "number %r" % n
        case str() | bytes():
            return "text"
        case [Point(x=a), Point(x=b)]:
            return "two points x=%r,%r" % (a, b)
        case _:
            return "unknown"


for v in [Point(0, 0), Point3(0, 0, 0), Point(0, 5), Point(3, 0), Point3(1, 2, 3),
          Point(4, 4), Point(1, 2), 5, 2.5, True, "s", b"b", [Point(1, 0), Point(2, 0)], None]:
    print(where(v))


class NoArgs:
    pass


try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    match Point(1, 2):
        case Point(1, x=1):
            pass
except TypeError as e:
    print(type(e).__name__, e)

# missing attribute just fails the match
match Point(1, 2):
    case Point(w=1):
        print("no")
    case _:
        print("missing attribute does not match")
try:
    match 5:
        case len():
            pass
except TypeError as e:
    print(type(e).__name__, e)
