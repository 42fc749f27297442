# isinstance/issubclass with tuples, nested tuples and X | Y unions
print(isinstance(1, int | str), isinstance("a", int | str), isinstance(None, int | None), isinstance(1.0, (int, (str, float))))
print(issubclass(bool, int | str), issubclass(float, (int, str)), issubclass(int, ()), isinstance(1, ()))
print(isinstance(True, (bool,)), issubclass(bool, (object,)), isinstance([], list | dict | None))
U = int | str
print(U, type(U).__name__, U.__args__, (int | str) == (str | int), int | int, (int | str) | float)
print(list[int], isinstance([], list), repr(dict[str, int]), list[int] == list[int])
def t(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: isinstance(1, 5))
t(lambda: isinstance(1, (int, 5)))
t(lambda: isinstance(1, (5, int)))
t(lambda: issubclass(1, int))
t(lambda: issubclass(int, 1))
t(lambda: issubclass(int, (1,)))
t(lambda: isinstance(1))
t(lambda: isinstance(1, list[int]))
t(lambda: issubclass(list, list[int]))
t(lambda: isinstance(1, int | list[int]))
t(lambda: int | 5)
t(lambda: 5 | int)
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"
    def __subclasscheck__(cls, sub):
        return sub is float
class M(metaclass=Meta):
    pass
print(isinstance("magic", M), isinstance(1, M), issubclass(float, M), issubclass(int, M), isinstance("magic", (int, M)))
class Base: pass
class Child(Base): pass
print(isinstance(Child(), Base | int), issubclass(Child, (int, (str, Base))), isinstance(Child, type), isinstance(type, type))
