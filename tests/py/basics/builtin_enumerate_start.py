# enumerate with start values and errors
print(list(enumerate("abc")))
print(list(enumerate("abc", 10)), list(enumerate("ab", start=-2)))
print(list(enumerate([], 5)), list(enumerate(range(2), True)))
print(list(enumerate("xy", 1 << 70)))
e = enumerate([7, 8, 9])
print(next(e), next(e), list(e), list(e))
print(iter(e) is e)
class I:
    def __index__(self):
        return 3
print(list(enumerate("ab", I())))
def show(f):
    try:
        print(f())
    except Exception as ex:
        print(type(ex).__name__, ex)
show(lambda: enumerate())
show(lambda: enumerate(5))
show(lambda: enumerate("a", 1.5))
show(lambda: enumerate("a", "b"))
show(lambda: enumerate("a", 1, 2))
show(lambda: enumerate("a", begin=2))
show(lambda: list(enumerate(iterable="ab")))
for i, (a, b) in enumerate([(1, 2), (3, 4)], 1):
    print(i, a, b)
d = dict(enumerate("pq"))
print(d)
