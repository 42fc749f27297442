# isinstance / issubclass with tuples and nesting
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, (C, A)), isinstance(b, (C,)), isinstance(b, ()), isinstance(b, (C, (int, (B,)))))
print(isinstance(1, (str, int)), isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)))
print(issubclass(B, (C, A)), issubclass(B, ()), issubclass(bool, (str, (int,))), issubclass(A, B))
print(issubclass(B, B), issubclass(int, object), issubclass(type, object), isinstance(int, type))
print(isinstance([], (list, tuple)), isinstance((), list), isinstance({}, dict), isinstance(None, type(None)))
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: isinstance(1, 1))
show(lambda: isinstance(1, (int, 1)))
show(lambda: isinstance(1, (1, int)))
show(lambda: isinstance(1, [int]))
show(lambda: issubclass(1, int))
show(lambda: issubclass(int, 1))
show(lambda: issubclass(int, (1,)))
show(lambda: issubclass(int, (int, 1)))
show(lambda: isinstance(1))
show(lambda: isinstance(1, int, str))
show(lambda: issubclass())
show(lambda: isinstance(1, int, x=1))
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"
    def __subclasscheck__(cls, sub):
        return sub is int
class M(metaclass=Meta): pass
print(isinstance("magic", M), isinstance(1, M), issubclass(int, M), issubclass(str, M), isinstance("magic", (int, M)))
