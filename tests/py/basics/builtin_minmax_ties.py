# min/max return the first of equal elements
a, b, c = [1], [1], [1]
print(max([a, b, c]) is a, min([a, b, c]) is a, max(a, b, c) is a, min(c, b, a) is c)
pairs = [(1, "x"), (3, "y"), (3, "z"), (1, "w")]
print(max(pairs, key=lambda p: p[0]), min(pairs, key=lambda p: p[0]))
print(max("abcabc", key="abc".index), min("cba", key=lambda ch: 0))
print(max([1, 1.0, True]), type(max([1, 1.0, True])).__name__, type(min(True, 1, 1.0)).__name__)
print(max([0.0, -0.0]), min([0.0, -0.0]), max([-0.0, 0.0]), min([-0.0, 0.0]))
nan = float("nan")
print(max(nan, 1, 2), max(1, nan, 2), min(2, nan, 1))
class V:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        return self.n < o.n
    def __gt__(self, o):
        return self.n > o.n
    def __repr__(self):
        return "V%d" % self.n
print(max([V(1), V(3), V(2)]), min([V(2), V(1), V(1)]))
class OnlyLt:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        return self.n < o.n
print(max([OnlyLt(1), OnlyLt(5)]).n, min([OnlyLt(4), OnlyLt(2)]).n)
