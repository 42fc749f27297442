# __class__, __name__, __dict__, __module__, __doc__ and type() introspection
class A:
    "A docstring"
    cls_attr = 1
    def m(self):
        pass
a = A()
print(a.__class__ is A, A.__name__, A.__doc__, a.__class__.__name__)
print(A.__module__, type(a).__module__)
print("cls_attr" in A.__dict__, "m" in A.__dict__, a.__dict__)
a.inst = 2
print(a.__dict__)
print(type(A.m).__name__, a.m.__self__ is a, a.m.__func__ is A.m)
print(A.m.__name__, a.m.__name__)
class B(A):
    pass
print(B.__bases__ == (A,), B.__mro__ == (B, A, object), B.cls_attr, B.__doc__)
print(object.__name__, type.__name__, type(object).__name__, isinstance(A, type), isinstance(a, object))
def f():
    "function doc"
print(f.__name__, f.__doc__, f.__module__)
print(int.__name__, len.__name__, (1).__class__.__name__, "s".__class__ is str)
class Meta:
    __slots__ = ("x",)
m = Meta()
m.x = 1
print(m.x, hasattr(m, "__dict__"))
print(a.__class__.__class__ is type, [].__class__ is list, None.__class__.__name__)
print(str(A).startswith("<class '"), repr(int), repr(str), repr(A).endswith("A'>"))
