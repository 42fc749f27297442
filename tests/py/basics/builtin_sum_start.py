# sum with start values
print(sum([]), sum([1, 2, 3]), sum(range(101)), sum([1, 2], 10), sum([1], start=5))
print(sum([0.1] * 10), sum([1, 2.5]), sum([1j, 2]), sum([True, True, 3]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()))
print(sum([1 << 62, 1 << 62, 1 << 62]), sum([-1 << 63, -1]))
print(sum(x * x for x in range(4)), sum({1: 0, 2: 0}))
print(sum([0.1, 0.2, 0.3]), sum([1e100, 1.0, -1e100]))
def show(f):
    try:
        print(f())
    except Exception as ex:
        print(type(ex).__name__, ex)
show(lambda: sum(["a", "b"], ""))
show(lambda: sum([b"a"], b""))
show(lambda: sum([bytearray(b"a")], bytearray()))
show(lambda: sum(["a"]))
show(lambda: sum())
show(lambda: sum(5))
show(lambda: sum([1], 2, 3))
show(lambda: sum([[1]]))
show(lambda: sum([1, None]))
show(lambda: sum([1], begin=0))
class Acc:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Acc(self.v + (o.v if isinstance(o, Acc) else o))
    def __radd__(self, o):
        return Acc(o + self.v)
print(sum([Acc(1), Acc(2)]).v, sum([1, 2], Acc(10)).v)
