# errors involving classes: bad bases, calling instances, super misuse, abstract-like calls
class A:
    pass
cases = [
    lambda: A()(),
    lambda: isinstance(A(), A()),
    lambda: issubclass(A(), A),
    lambda: A() + A(),
    lambda: A() < A(),
    lambda: -A(),
    lambda: len(A()),
    lambda: iter(A()),
    lambda: A()[0],
    lambda: hash(type("H", (), {"__eq__": lambda s, o: True})()),
    lambda: int(A()),
    lambda: float(A()),
    lambda: abs(A()),
    lambda: round(A()),
]
for c in cases:
    try:
        r = c()
        print("no error", type(r).__name__)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    class Dup(A, A):
        pass
except TypeError as e:
    print(type(e).__name__, e)
