# iter(callable, sentinel) and iter() protocol
vals = iter([3, 2, 1, 0, 5])
it = iter(lambda: next(vals), 0)
print(list(it), list(vals))
n = [0]
def counter():
    n[0] += 1
    return n[0]
print(list(iter(counter, 4)))
c = iter(counter, 100)
print(next(c), next(c), iter(c) is c)
lines = iter(["a", "b", "", "c"])
print(list(iter(lines.__next__, "")))
def raiser():
    raise StopIteration
print(list(iter(raiser, 1)))
class Eq:
    def __eq__(self, o):
        return o == 3
k = [0]
def inc():
    k[0] += 1
    return k[0]
print(list(iter(inc, Eq())))
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: iter(5, 1))
show(lambda: iter(5))
show(lambda: iter())
show(lambda: iter([], 1, 2))
show(lambda: iter(None))
class Bad:
    def __iter__(self):
        return 1
show(lambda: iter(Bad()))
class GI:
    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError
print(list(iter(GI())))
class NoIter:
    __iter__ = None
show(lambda: iter(NoIter()))
