# __eq__/__hash__ interplay: unhashable when __eq__ defined alone, inheritance
class OnlyEq:
    def __eq__(self, o):
        return True


print(OnlyEq.__hash__)
try:
    hash(OnlyEq())
except TypeError as e:
    print(type(e).__name__, e)
try:
    {OnlyEq()}
except TypeError as e:
    print(type(e).__name__, e)


class Both:
    def __init__(self, k):
        self.k = k

    def __eq__(self, o):
        return isinstance(o, Both) and self.k == o.k

    def __hash__(self):
        return hash(self.k)


print(len({Both(1), Both(1), Both(2)}), Both(1) in {Both(1): "x"}, {Both(3): "v"}[Both(3)])


class Child(Both):
    def __eq__(self, o):
        return False   # redefining __eq__ resets __hash__ to None


print(Child.__hash__)


class Child2(Both):
    pass


print(hash(Child2(5)) == hash(5))


class ExplicitNone:
    __hash__ = None


try:
    hash(ExplicitNone())
except TypeError as e:
    print(type(e).__name__, e)


class Plain:
    pass


p = Plain()
print(p == p, p != p, p == Plain(), hash(p) == hash(p))


# dict lookups compare hash first, then identity, then __eq__
calls = []


class Loud:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, o):
        calls.append("eq")
        return self.h == o.h


k = Loud(7)
d = {k: 1}
print(d[k], calls)
print(d[Loud(7)], calls)
print(Loud(8) in d, calls)
# __ne__ defaults to the inverse of __eq__
print(Both(1) != Both(1), Both(1) != Both(2))
print(isinstance(hash(-1), int), hash(-1) == hash(-2), hash(1.0) == hash(1), hash(True) == 1)
