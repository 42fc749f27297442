# type, isinstance, getattr & co, repr, len, callable, hasattr, setattr
print(type(1).__name__, type(1.0).__name__, type("").__name__, type([]).__name__, type(()).__name__,
      type({}).__name__, type(set()).__name__, type(None).__name__, type(True).__name__, type(b"").__name__,
      type(range(1)).__name__, type(type).__name__, type(lambda: 0).__name__)
print(type(3) is int, type(True) is bool, type(type(3)) is type)
print(isinstance(1, int), isinstance(True, int), isinstance(1, float), isinstance("a", (int, str)), isinstance([], object))
print(isinstance(None, type(None)), isinstance(int, type), isinstance(3, (list, (tuple, int))))
print(len("abc"), len([1]), len({}), len(range(10)), len(b"xy"), len({1, 2}), len((1, 2, 3)))
try:
    len(5)
except TypeError as e:
    print("TypeError", e)
print(repr(1), repr("a"), repr([1, "b"]), repr(None), repr(1.5), repr({"k": [()]}), repr(b"x"))
print(str(1), str("a"), ascii("é") if False else "skip")
class A:
    x = 1
a = A()
print(getattr(a, "x"), getattr(a, "y", 2), hasattr(a, "x"), hasattr(a, "y"))
setattr(a, "y", 3)
print(a.y)
try:
    getattr(a, "zz")
except AttributeError as e:
    print("AttributeError", e)
try:
    getattr(a, 5)
except TypeError as e:
    print("TypeError", e)
print(callable(len), callable(A), callable(a), callable("s"), callable(lambda: 0))
print(type("Dyn", (), {"v": 5})().v, type("D2", (A,), {}).x)
X = type("X", (object,), {"hello": lambda self: "hi"})
print(X().hello(), X.__name__)
print(int.__name__, str.__name__, A.__name__, A.__qualname__ if hasattr(A, "__qualname__") else "A")
print(hash(1) == hash(1.0), hash(True) == hash(1), hash(()) == hash(()))
print(isinstance(a, A), issubclass(A, object), type(a).__name__)
print(dir(a) == sorted(dir(a)), "x" in dir(A))
print(divmod(7, 2), list(range(3)), abs(-1))
ns = {}
exec("r = 6 * 7", ns)
print(ns["r"], eval("1 + 2"), eval("x * 2", {"x": 21}))
print(globals()["A"] is A, "a" in locals())
