# function and variable annotations are stored, not enforced
def f(a: int, b: "str" = "x", *args: float, k: bool = True, **kw: dict) -> list:
    return [a, b, args, k, kw]


print(f("not an int"))
print(sorted(f.__annotations__.items(), key=lambda kv: kv[0]) == sorted(
    [("a", int), ("b", "str"), ("args", float), ("k", bool), ("kw", dict), ("return", list)],
    key=lambda kv: kv[0]))


def g():
    pass


print(g.__annotations__)


class C:
    x: int
    y: str = "default"
    z = 1


print(C.__annotations__, hasattr(C, "x"), C.y)
n: int = 5
print(__annotations__["n"], n)
count: int
try:
    count
except NameError as e:
    print(type(e).__name__, e)
