# __slots__: restricted attributes, inheritance, defaults conflicts
class P:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


p = P(1)
p.y = 2
print(p.x, p.y, hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
q = P(5)
try:
    q.y
except AttributeError as e:
    print(type(e).__name__, e)
del p.y
try:
    del p.y
except AttributeError as e:
    print(type(e).__name__, e)


class Q(P):
    pass   # no __slots__: gets a __dict__


q = Q(1)
q.z = 9
print(q.z, q.x)


class R(P):
    __slots__ = ("z",)


r = R(1)
r.z = 2
try:
    r.w = 1
except AttributeError as e:
    print(type(e).__name__, e)


class WithDict:
    __slots__ = ("a", "__dict__")


w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, vars(w)['b'])

try:
    class Conflict:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print(type(e).__name__, e)


class S:
    __slots__ = "single"


s = S()
s.single = "ok"
print(s.single, S.__slots__)
