# a vector class implementing sequence + numeric protocols together
class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __len__(self):
        return len(self.xs)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vec(*self.xs[i])
        return self.xs[i]
    def __setitem__(self, i, v):
        self.xs[i] = v
    def __iter__(self):
        return iter(self.xs)
    def __add__(self, o):
        return Vec(*[a + b for a, b in zip(self, o)])
    def __mul__(self, k):
        return Vec(*[a * k for a in self])
    __rmul__ = __mul__
    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self, o))
    def __eq__(self, o):
        return isinstance(o, Vec) and self.xs == o.xs
    def __neg__(self):
        return self * -1
    def __bool__(self):
        return any(self.xs)
    def __repr__(self):
        return "Vec(%s)" % ", ".join(map(repr, self.xs))
    def __contains__(self, v):
        return v in self.xs
v = Vec(1, 2, 3)
w = Vec(4, 5, 6)
print(v + w, v * 2, 2 * v, v @ w, -v, len(v), v[0], v[-1], v[1:], 2 in v, 7 in v)
print(v == Vec(1, 2, 3), v != w, bool(Vec(0, 0)), bool(v), list(v), sum(v), max(w), sorted(w, reverse=True))
v[0] = 10
print(v, [x for x in v if x > 2], dict(zip("abc", v)))
x, y, z = w
print(x, y, z, *v)
acc = Vec(0, 0, 0)
for vec in [v, w, Vec(1, 1, 1)]:
    acc += vec
print(acc)
try:
    v @ 5
except TypeError as e:
    print("TypeError")
