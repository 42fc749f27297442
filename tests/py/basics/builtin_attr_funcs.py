# getattr / setattr / hasattr / delattr with defaults and errors
class P:
    x = 1
    def __init__(self):
        self.y = 2
p = P()
print(getattr(p, "x"), getattr(p, "y"), getattr(p, "z", "dflt"), getattr(p, "z", None))
print(hasattr(p, "x"), hasattr(p, "z"), hasattr(P, "y"), hasattr(1, "real"), hasattr(None, "x"))
setattr(p, "z", 3)
print(p.z, getattr(p, "z", 0))
delattr(p, "z")
print(hasattr(p, "z"))
setattr(P, "w", 9)
print(p.w)
delattr(P, "w")
print(hasattr(p, "w"))
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: getattr(p, "nope"))
show(lambda: getattr(P, "nope"))
show(lambda: getattr(p, 1))
show(lambda: getattr(p, 1, "d"))
show(lambda: hasattr(p, None))
show(lambda: setattr(p, 1, 2))
show(lambda: delattr(p, "nope"))
show(lambda: delattr(p, 5))
show(lambda: setattr(1, "x", 2))
show(lambda: setattr([], "x", 2))
show(lambda: delattr(1, "real"))
show(lambda: getattr(p))
show(lambda: getattr(p, "x", 1, 2))
show(lambda: setattr(p, "x"))
show(lambda: hasattr(p))
show(lambda: getattr(1, "bit_length")())
class Boom:
    @property
    def bad(self):
        raise ValueError("inner")
    @property
    def missing(self):
        raise AttributeError("gone")
show(lambda: hasattr(Boom(), "bad"))
show(lambda: hasattr(Boom(), "missing"))
show(lambda: getattr(Boom(), "missing", "fallback"))
show(lambda: getattr(Boom(), "bad", "fallback"))
class S(str):
    pass
print(getattr(p, S("x")))
