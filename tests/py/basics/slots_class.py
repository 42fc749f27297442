# __slots__
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y)
p.x = 10
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(p, "__dict__"))
class Q(P):
    pass
q = Q(1, 2)
q.z = 5
print(q.z, hasattr(q, "__dict__"))
class R:
    __slots__ = ["a"]
r = R()
try:
    r.a
except AttributeError as e:
    print("AttributeError", e)
r.a = "set"
print(r.a)
del r.a
print(hasattr(r, "a"))
