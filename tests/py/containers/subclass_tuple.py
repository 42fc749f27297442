class P(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
    @property
    def y(self): return self[1]
    def __repr__(self): return 'P(' + repr(self[0]) + ', ' + repr(self[1]) + ')'
p = P(1, 2)
print(p, p.x, p.y, len(p), p[0], p[-1], p[:1], type(p[:1]).__name__, isinstance(p, tuple))
print(p == (1, 2), (1, 2) == p, hash(p) == hash((1, 2)), p + (3,), type(p + (3,)).__name__)
a, b = p; print(a, b, list(p), tuple(p), type(tuple(p)).__name__)
p.extra = 5; print(p.extra)
print({p: 'v'}[(1, 2)], p.count(1), p.index(2))
class T(tuple):
    pass
t = T([1, 2, 3]); print(t, type(t).__name__, T(), T('ab'), repr(T((1,))))
print(t[1:], t * 2, type(t * 2).__name__, 2 in t, sorted(T([3, 1, 2])))
print(tuple.__new__(T, [5, 6]), type(tuple.__new__(T, [5])).__name__)
print(T(x for x in range(3)))
class S(tuple):
    __slots__ = ()
    def total(self): return sum(self)
print(S((1, 2, 3)).total())
try:
    S((1,)).z = 1
except AttributeError as e:
    print('AttributeError')
class H(tuple):
    def __hash__(self): return 42
print(hash(H((1,))), hash(H()) == 42)
class Cmp(tuple):
    def __lt__(self, o): return 'lt'
print(Cmp() < (1,), (1,) > Cmp())
print(T((1, 2)) < (1, 3), T((1,)) == T((1,)))
