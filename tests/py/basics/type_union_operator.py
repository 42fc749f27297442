# X | Y union types (PEP 604)
import types
u = int | None
print(u, None | int, int | str | None, (int | str) | (bytes | None), list[int] | None, None | list[int])
print(u.__args__, type(u) is types.UnionType, isinstance(u, types.UnionType), (int | None) == (None | int))
print(hash(int | str) == hash(str | int), (int | str) != (int | bytes), {int | str: 1}[str | int], int | str | int)
print(isinstance(None, int | None), isinstance(3, u), isinstance("s", u), issubclass(bool, int | None), issubclass(type(None), u))
class A: pass
class B(A): pass
print(A | B, isinstance(B(), A | int), issubclass(B, str | A), (A | B).__args__ == (A, B))
def f(x: int | None = None) -> str | bytes:
    return x
print(f.__annotations__["x"], f.__annotations__["return"])
def t(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: int | 1)
t(lambda: "a" | int)
t(lambda: int | "str")
t(lambda: isinstance("x", int | list[int]))
t(lambda: isinstance(1, int | list[int]))
t(lambda: types.UnionType())
print(int | int is int, type(None) | None, repr(type(None) | int))
