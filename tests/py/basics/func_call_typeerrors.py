# TypeError messages for wrong calls to Python functions
def attempt(fn, *a, **k):
    try:
        r = fn(*a, **k)
        print("ok", r)
    except TypeError as e:
        print(type(e).__name__, e)


def two(a, b):
    return a + b


def dflt(a, b=1, c=2):
    return a, b, c


def kwo(a, *, key, other=0):
    return a, key


attempt(two)
attempt(two, 1)
attempt(two, 1, 2, 3)
attempt(two, 1, 2, 3, 4)
attempt(two, 1, a=1)
attempt(two, 1, 2, c=3)
attempt(two, b=1)
attempt(dflt)
attempt(dflt, 1, 2, 3, 4)
attempt(dflt, 1, d=4)
attempt(kwo, 1)
attempt(kwo, 1, 2)
attempt(kwo, 1, 2, key=3)
attempt(kwo)


def three(x, y, z):
    pass


attempt(three, 1)
attempt(three)
attempt(three, z=1)


def kwo2(*, p, q, r):
    pass


attempt(kwo2, q=1)
attempt(kwo2)


class C:
    def meth(self, a):
        return a

    @staticmethod
    def st(a):
        return a

    @classmethod
    def cm(cls, a):
        return a


attempt(C().meth)
attempt(C().meth, 1, 2)
attempt(C.meth, 1)
attempt(C.st)
attempt(C.cm, 1, 2)
attempt(C, 1)
attempt(lambda: 0, 1)
attempt(two, *[1], **{"a": 2})
attempt(two, 1, **{"b": 2, "c": 3})
attempt(lambda: two(**{1: 2}))
attempt(lambda: two(*5))
attempt(lambda: two(**[1]))
