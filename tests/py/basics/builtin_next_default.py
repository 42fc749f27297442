# next() with and without default
it = iter([1, 2])
print(next(it), next(it, "d"), next(it, "d"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
def gen():
    yield 1
    return "retval"
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
g2 = gen()
next(g2)
print(next(g2, "dflt"))
class Counter:
    def __init__(self):
        self.i = 0
    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration("done")
        return self.i
c = Counter()
print(next(c), next(c), next(c, "end"))
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: next([1]))
show(lambda: next("abc"))
show(lambda: next(5))
show(lambda: next())
show(lambda: next(iter([]), 1, 2))
show(lambda: next(Counter(), default=1))
class Raises:
    def __next__(self):
        raise ValueError("inner")
show(lambda: next(Raises(), "dflt"))
print(next(iter(range(5, 10))), next(iter({"k": 1})), next(iter("xyz")), next(enumerate("q")))
