# unary operators, abs, __index__, __int__/__float__, __round__, comparisons fallbacks
class N:
    def __init__(self, v):
        self.v = v

    def __neg__(self):
        return N(-self.v)

    def __pos__(self):
        return "pos"

    def __invert__(self):
        return "inv"

    def __abs__(self):
        return N(abs(self.v))

    def __index__(self):
        return self.v

    def __float__(self):
        return self.v + 0.5

    def __round__(self, nd=None):
        return "round %r" % (nd,)

    def __repr__(self):
        return "N(%d)" % self.v


n = N(-3)
print(-n, +n, ~n, abs(n))
print([0, 1, 2, 3][N(2)], bin(N(5)), hex(N(255)), float(N(1)), round(n), round(n, 2))
print(int(N(7)), "abc"[N(1):], range(N(3)))


class Empty:
    pass


for expr in ["-e", "+e", "~e", "abs(e)", "int(e)", "float(e)", "round(e)", "[1][e]"]:
    try:
        eval(expr, {"e": Empty()})
    except TypeError as err:
        print(type(err).__name__, err)


class Cmp:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        return self.v < o.v

    def __le__(self, o):
        return NotImplemented


# > falls back to reflected <
print(Cmp(2) > Cmp(1), Cmp(1) > Cmp(2))
try:
    Cmp(1) <= Cmp(2)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([Cmp(3), Cmp(1), Cmp(2)], key=lambda c: c.v)[0].v)
print(max(Cmp(3), Cmp(5)).v)
