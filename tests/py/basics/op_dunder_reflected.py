# reflected operators and NotImplemented fallbacks
class V:
    def __init__(self, x):
        self.x = x

    def __repr__(self):
        return "V(%r)" % self.x

    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x)
        if isinstance(o, int):
            return V(self.x + o)
        return NotImplemented

    def __radd__(self, o):
        if isinstance(o, int):
            return V(o + self.x)
        return NotImplemented

    def __sub__(self, o):
        return V(self.x - (o.x if isinstance(o, V) else o))

    def __rsub__(self, o):
        return V(o - self.x)

    def __mul__(self, o):
        return NotImplemented

    def __rmul__(self, o):
        return "rmul(%r)" % (o,)


a = V(5)
print(a + V(1), a + 2, 3 + a, a - 1, 10 - a)
print(sum([V(1), V(2)], V(0)), sum([V(1), V(2)]))
print(2 * a, "s" * a)
try:
    a * 2.5 if False else a * a
except TypeError as e:
    print(type(e).__name__, e)
try:
    a + "str"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "str" + a
except TypeError as e:
    print(type(e).__name__, e)


# subclass reflected method gets priority
class W(V):
    def __radd__(self, o):
        return "W.__radd__"

    def __add__(self, o):
        return "W.__add__"


print(V(1) + W(2), W(2) + V(1))


class Only:
    def __rpow__(self, b):
        return "rpow %r" % b

    def __rtruediv__(self, o):
        return "rtruediv %r" % o

    def __rfloordiv__(self, o):
        return "rfloordiv"

    def __rmod__(self, o):
        return "rmod"

    def __rmatmul__(self, o):
        return "rmatmul"

    def __rlshift__(self, o):
        return "rlshift"

    def __rand__(self, o):
        return "rand"


o = Only()
print(2 ** o, 1 / o, 1 // o, 1 % o, [1] @ o if False else "skip", 1 << o, 1 & o)
print("%s" % "x", "abc" % () if False else "ok")
