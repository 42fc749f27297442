# sum() numeric behaviour
print(sum([0.1] * 3), sum([1e16, 1.0, -1e16]), sum([1, 2.0, 3]), type(sum([1, 2.0])).__name__)
print(sum([1 << 62] * 4), type(sum([True, False])).__name__, sum([], 0.0), sum([], start=[]))
print(sum([1.5, 2.5], 1), sum((1j, 2j, 3)), sum(range(10), -45), sum([-0.0]), sum([-0.0], -0.0))
print(sum([float("inf"), 1]), sum([float("inf"), float("-inf")]), sum([2 ** 1000, -(2 ** 1000), 1]))
print(sum(map(float, "1 2 3".split())), sum(x / 10 for x in range(5)))
class Num:
    def __init__(self, v):
        self.v = v
    def __radd__(self, other):
        return Num(other + self.v)
    def __add__(self, other):
        return Num(self.v + (other.v if isinstance(other, Num) else other))
print(sum([Num(1), Num(2), Num(3)]).v)
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError", e)
try:
    sum([[1], (2,)], [])
except TypeError as e:
    print("TypeError", e)
