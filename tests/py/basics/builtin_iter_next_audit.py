# iter()/next() forms: sentinel, defaults, errors
it = iter([1, 2])
print(next(it), next(it), next(it, "dflt"), next(it, None))
counter = [0]
def f():
    counter[0] += 1
    return counter[0]
print(list(iter(f, 4)))
def t(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: iter(5))
t(lambda: iter(5, 1))
t(lambda: iter())
t(lambda: iter([], 1, 2))
t(lambda: next([1]))
t(lambda: next(iter([])))
t(lambda: next())
t(lambda: next(iter([]), 1, 2))
t(lambda: iter(x=[1]))
class OldSeq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(iter(OldSeq())), list(OldSeq()), 20 in OldSeq())
class BadIter:
    def __iter__(self):
        return 5
t(lambda: iter(BadIter()))
class NoNext:
    def __iter__(self):
        return self
t(lambda: iter(NoNext()))
t(lambda: next(NoNext()))
class Stop:
    def __call__(self):
        raise StopIteration
print(list(iter(Stop(), 1)))
ci = iter(lambda: 1, 1)
print(list(ci), next(ci, "done"))
e = enumerate("ab", start=5)
print(next(e), list(e), list(enumerate([], 3)), list(enumerate("xy", -1)), list(enumerate("q", start=2**70)))
t(lambda: enumerate([], "1"))
t(lambda: enumerate())
t(lambda: enumerate([], 1, 2))
t(lambda: enumerate(iterable=[1], start=1) and "ok")
