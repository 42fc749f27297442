# with statement and context managers
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress
with CM("a") as v:
    print("body", v)
with CM("b", suppress=True):
    raise ValueError("boom")
print("after suppressed")
try:
    with CM("c"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))
with CM("x") as x, CM("y") as y:
    print("both", x, y)
def use_return():
    with CM("r"):
        return "returned"
print(use_return())
for i in range(3):
    with CM("loop%d" % i):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)
class Bad:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("never")
try:
    with Bad():
        print("never")
except RuntimeError as e:
    print("RuntimeError", e)
class Exc:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise TypeError("from exit")
try:
    with Exc():
        raise ValueError("inner")
except TypeError as e:
    print("TypeError", e, type(e.__context__).__name__)
with CM("tuple") as (t):
    print(t)
class Counter:
    depth = 0
    def __enter__(self):
        Counter.depth += 1
        return Counter.depth
    def __exit__(self, *a):
        Counter.depth -= 1
with Counter() as d1:
    with Counter() as d2:
        print(d1, d2, Counter.depth)
print(Counter.depth)
try:
    with 5:
        pass
except (TypeError, AttributeError) as e:
    print("not a context manager")
