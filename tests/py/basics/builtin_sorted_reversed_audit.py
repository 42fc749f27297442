# sorted() and reversed() on various inputs
print(sorted("bca"), sorted({3: 0, 1: 0}), sorted((2, 1), reverse=True), sorted([], key=len), sorted(range(3), key=lambda x: -x))
data = [("b", 1), ("a", 2), ("b", 0), ("a", 1)]
print(sorted(data, key=lambda p: p[0]), sorted(data, key=lambda p: p[0], reverse=True))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))), list(reversed(b"ab")))
def t(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: sorted())
t(lambda: sorted([1], [2]))
t(lambda: sorted([1, "a"]))
t(lambda: sorted([1], key=1))
t(lambda: sorted([1], cmp=None))
t(lambda: sorted(5))
t(lambda: reversed(5))
t(lambda: reversed({1, 2}))
t(lambda: reversed())
t(lambda: reversed([], []))
t(lambda: reversed(iter([1])))
t(lambda: reversed(seq=[1]))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 2
print(list(reversed(Seq())))
class Rev:
    def __reversed__(self):
        return iter("zyx")
print(list(reversed(Rev())))
class NoRev:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return 0
t(lambda: reversed(NoRev()))
r = reversed([1, 2, 3])
print(r.__length_hint__(), next(r), r.__length_hint__(), list(r), r.__length_hint__())
