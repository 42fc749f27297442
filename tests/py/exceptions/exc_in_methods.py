# exceptions propagating through methods, properties, dunders and constructors
class Boom:
    def __init__(self, fail):
        if fail:
            raise ValueError("constructor failed")
        self.ok = True
    @property
    def prop(self):
        raise AttributeError("prop missing")
    def __getattr__(self, name):
        return "fallback:" + name
    def __len__(self):
        raise TypeError("no len")
    def __iter__(self):
        yield 1
        raise KeyError("iter broke")
    def __eq__(self, o):
        raise RuntimeError("eq broke")
    __hash__ = object.__hash__
try:
    Boom(True)
except ValueError as e:
    print(type(e).__name__, e)
b = Boom(False)
print(b.prop)
try:
    len(b)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(b)
except KeyError as e:
    print(type(e).__name__, e)
try:
    b == 1
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    b in [1, 2]
except RuntimeError as e:
    print("in:", type(e).__name__, e)
print(b in [b])
class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("exit saw", t.__name__ if t else None)
        return False
def deep(n):
    if n == 0:
        raise IndexError("bottom")
    with Ctx():
        deep(n - 1)
try:
    deep(3)
except IndexError as e:
    print(type(e).__name__, e)
class Sorted:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        if self.v == 3 or o.v == 3:
            raise ValueError("cannot compare 3")
        return self.v < o.v
try:
    sorted([Sorted(1), Sorted(3), Sorted(2)])
except ValueError as e:
    print(type(e).__name__, e)
