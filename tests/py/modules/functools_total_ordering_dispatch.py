# functools.total_ordering fills comparisons; singledispatch registration and dispatch
import functools
@functools.total_ordering
class V:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return self.n == o.n
    def __lt__(self, o):
        return self.n < o.n
a, b = V(1), V(2)
print(a < b, a <= b, a > b, a >= b, b >= a, a == V(1), a != b)
@functools.total_ordering
class G:
    def __init__(self, n):
        self.n = n
    def __gt__(self, o):
        return self.n > o.n
print(G(3) < G(4), G(3) <= G(3), G(5) >= G(4))
try:
    @functools.total_ordering
    class Bad:
        pass
except ValueError as e:
    print("ValueError", e)
@functools.singledispatch
def show(x):
    return "object:" + repr(x)
@show.register(int)
def _(x):
    return "int:%d" % x
@show.register
def _(x: list):
    return "list of %d" % len(x)
show.register(str, lambda x: "str:" + x)
print(show(1), show(True), show([1, 2]), show("s"), show(1.5), show(None))
print(show.dispatch(bool) is show.dispatch(int), sorted(k.__name__ for k in show.registry))
