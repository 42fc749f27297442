# range index/count/containment with floats, bools, custom objects; slicing and reversed
r = range(0, 20, 3)
print(r.index(9), r.count(9), r.count(10), r.count(9.0), 9.0 in r, True in range(2), 1.5 in r, r.index(True) if True in r else None)
print(range(5).index(True), range(5).count(True), -3 in range(-10, 0, 3), -4 in range(-10, 0, 3))
class Eq3:
    def __eq__(self, other):
        return other == 3
    __hash__ = None
print(Eq3() in range(5), range(5).count(Eq3()), range(5).index(Eq3()))
def t(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: r.index(10))
t(lambda: r.index(9.5))
t(lambda: r.index("a"))
t(lambda: r.index())
t(lambda: r.count())
t(lambda: range(1, 2, 0))
t(lambda: range(1.5))
t(lambda: range("1"))
t(lambda: range(1, 2, 3, 4))
t(lambda: range())
t(lambda: range(stop=3))
t(lambda: r[100])
t(lambda: r["a"])
t(lambda: r[1.0])
print(r[2:5], r[::-1], r[::2][1:], r[-3:], r[10:], r[:-10], list(reversed(r)), list(reversed(range(5, 0, -2))))
print(r == range(0, 21, 3), range(0) == range(5, 1), range(0, 3, 2) == range(0, 4, 2), range(1) != range(2))
print(hash(range(0)) == hash(range(3, 3)), hash(range(0, 3, 2)) == hash(range(0, 4, 2)), len(range(-5)), len(range(0, 10**6, 7)))
print(r.start, r.stop, r.step, bool(range(0)), bool(range(1)), repr(range(3)), repr(range(1, 9, 2)), str(range(-1, 0)))
print(range(3) < range(4) if False else "no order", sorted(range(5), reverse=True)[:2], max(range(7)), min(range(3, 9)))
t(lambda: range(3) < range(4))
t(lambda: range(3)[1] == 1 and range(3).__getitem__(slice(1, None)))
