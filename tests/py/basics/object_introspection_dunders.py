# __class__, __dict__, __slots__, __init_subclass__, __class_getitem__ basics
class Base:
    registry = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        Base.registry.append((cls.__name__, tag))
class A(Base, tag="a"):
    pass
class B(A):
    pass
print(Base.registry)
class Slotted:
    __slots__ = ("x", "y")
    def __init__(self):
        self.x = 1
s = Slotted()
print(s.x, hasattr(s, "y"), hasattr(s, "__dict__"), Slotted.__slots__)
def t(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: setattr(s, "z", 1))
t(lambda: s.y)
t(lambda: type("C", (Base,), {}, tag=1))
class G:
    def __class_getitem__(cls, item):
        return ("G", item)
print(G[int], G[1, 2], list[int].__origin__, dict[str, int].__args__)
o = A()
print(o.__class__.__name__, type(o) is o.__class__, o.__dict__, A.__dict__["__module__"], "registry" in Base.__dict__)
o.__dict__["k"] = 5
print(o.k, vars(o))
class C2:
    pass
o.__class__ = C2
print(type(o).__name__, o.k)
t(lambda: setattr(o, "__class__", int))
t(lambda: setattr(1, "__class__", bool))
t(lambda: setattr(o, "__dict__", 5))
o.__dict__ = {"new": 1}
print(vars(o))
print(int.__name__, int.__qualname__, int.__module__, A.__qualname__, A.__bases__, A.__mro__[1:], object.__bases__)
print(type.__name__, type(type), type(object), isinstance(A, type), A.__base__, bool.__base__)
t(lambda: object().__dict__)
t(lambda: setattr(object(), "a", 1))
t(lambda: setattr(int, "x", 1))
t(lambda: delattr(int, "bit_length"))
