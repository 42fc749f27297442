# getattr default, hasattr/setattr/delattr behaviour and errors
class A:
    x = 1
    @property
    def boom(self):
        raise ValueError("boom")
    @property
    def missing(self):
        raise AttributeError("inner")
a = A()
print(getattr(a, "x"), getattr(a, "y", "dflt"), getattr(a, "missing", "fallback"), hasattr(a, "missing"), hasattr(a, "x"))
def t(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: getattr(a, "boom", 1))
t(lambda: hasattr(a, "boom"))
t(lambda: getattr(a, "y"))
t(lambda: getattr(a, 5))
t(lambda: getattr(a, 5, None))
t(lambda: getattr(a))
t(lambda: getattr(a, "x", 1, 2))
t(lambda: hasattr(a, 1))
t(lambda: setattr(a, 1, 2))
t(lambda: setattr(a, "z"))
t(lambda: delattr(a, "nope"))
t(lambda: delattr(a, 3))
t(lambda: setattr(1, "x", 2))
t(lambda: setattr(object(), "x", 2))
t(lambda: delattr(A, "nope"))
t(lambda: getattr(None, "x"))
t(lambda: getattr(int, "nope"))
t(lambda: getattr(len, "nope"))
setattr(a, "dyn", 5)
print(a.dyn, vars(a), getattr(a, "dyn"))
delattr(a, "dyn")
print(hasattr(a, "dyn"), vars(a))
class S(str):
    pass
print(getattr(a, S("x")), hasattr(a, S("x")))
t(lambda: vars(1))
t(lambda: vars(a, a))
print(sorted(k for k in vars(A) if not k.startswith("__")), vars(A)["x"])
