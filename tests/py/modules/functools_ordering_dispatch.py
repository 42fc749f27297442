import functools

@functools.total_ordering
class V:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return self.n == o.n
    def __lt__(self, o):
        return self.n < o.n
print(V(1) < V(2), V(1) <= V(1), V(3) > V(2), V(2) >= V(3), V(1) != V(2))
try:
    @functools.total_ordering
    class W:
        pass
except ValueError as e:
    print("ValueError", e)

def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=functools.cmp_to_key(cmp)), sorted("bca", key=functools.cmp_to_key(lambda a, b: cmp(b, a))))
K = functools.cmp_to_key(cmp)
print(K(1) < K(2), K(2) == K(2), K(3) >= K(4))

@functools.singledispatch
def show(x):
    return "obj"
@show.register(int)
def _(x):
    return "int %d" % x
@show.register
def _(x: str):
    return "str " + x
print(show(1), show("a"), show(2.5), show(True), show([]))

class C:
    def __init__(self):
        self.calls = 0
    @functools.cached_property
    def val(self):
        self.calls += 1
        return 42
c = C()
print(c.val, c.val, c.calls, "val" in c.__dict__)
del c.val
print(c.val, c.calls)
