class S(set):
    def __init__(self, it=(), tag='s'):
        super().__init__(it)
        self.tag = tag
s = S([3, 1, 2], tag='t')
print(sorted(s), s.tag, len(s), 2 in s, type(s).__name__, isinstance(s, set))
print(type(s | {9}).__name__, type(s & {1}).__name__, type(s.union([5])).__name__, type(s.copy()).__name__)
s |= {4}; print(type(s).__name__, sorted(s))
s.add(7); s.discard(1); print(sorted(s))
print(s == {2, 3, 4, 7}, {2, 3, 4, 7} == s, s <= {2, 3, 4, 7, 8})
print(repr(S()), repr(S([1])))
class F(frozenset):
    pass
f = F([1, 2])
print(f, type(f).__name__, hash(f) == hash(frozenset([1, 2])), f == {1, 2}, type(f | {3}).__name__, type(f.copy()).__name__)
print({f: 1}[frozenset([1, 2])], F(), F(f))
class F2(frozenset):
    def __new__(cls, *items):
        return super().__new__(cls, items)
print(sorted(F2(3, 1, 2)), len(F2()))
class Counted(set):
    def add(self, x):
        print('adding', x)
        super().add(x)
c = Counted()
c.add(1); c.update([2]); print(sorted(c))
class NoHash(set):
    pass
try:
    hash(NoHash())
except TypeError as e:
    print(e)
class Ord(set):
    def __or__(self, o): return 'custom or'
print(Ord() | {1}, {1} | Ord())
print(sorted(set.union(S([1]), [2])), set.__len__(S([1, 2])))
