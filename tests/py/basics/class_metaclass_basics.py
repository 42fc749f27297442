# metaclasses: __new__/__init__/__call__, __prepare__, inheritance of metaclass
log = []


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        log.append("new %s %s" % (name, sorted(k for k in ns if not k.startswith("__"))))
        ns["added"] = "by meta"
        cls = super().__new__(mcls, name, bases, ns)
        cls.kw = kw
        return cls

    def __init__(cls, name, bases, ns, **kw):
        log.append("init " + name)
        super().__init__(name, bases, ns)

    def __call__(cls, *a, **k):
        log.append("call " + cls.__name__)
        return super().__call__(*a, **k)

    def describe(cls):
        return "class " + cls.__name__


class A(metaclass=Meta, flag=1):
    x = 1

    def __init__(self, v=0):
        self.v = v


class B(A):
    y = 2


b = B(5)
print(log)
print(type(A).__name__, type(B).__name__, A.added, B.kw, A.kw, b.v)
print(A.describe(), isinstance(A, Meta), isinstance(b, A))
try:
    b.describe()
except AttributeError as e:
    print(type(e).__name__, e)


class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        log.append("prepare " + name)
        return {"preset": 42}


class C(metaclass=OrderedMeta):
    z = 3


print(C.preset, C.z, log[-1])
# type() with three arguments
D = type("D", (A,), {"w": 9, "m": lambda self: self.w * 2})
print(type(D).__name__, D().m(), D.__name__, [k.__name__ for k in D.__mro__])


class M1(type):
    pass


class M2(type):
    pass


class X(metaclass=M1):
    pass


class Y(metaclass=M2):
    pass


try:
    class Z(X, Y):
        pass
except TypeError as e:
    print(type(e).__name__, e)
