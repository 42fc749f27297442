# list comparisons: lexicographic, length, mixed types, errors
pairs = [([1, 2], [1, 2]), ([1, 2], [1, 3]), ([1, 2], [1, 2, 0]), ([], []), ([], [0]), ([2], [1, 9]),
         ([1.0], [1]), ([[1]], [[1, 0]]), (["a"], ["B"])]
for a, b in pairs:
    print(a, b, a == b, a != b, a < b, a <= b, a > b, a >= b)
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: [1] < [None])
t(lambda: [1, "a"] < [1, 2])
t(lambda: [1] < (1,))
t(lambda: [1] == (1,))
t(lambda: [1] > "a")
t(lambda: [1, 2] < [2, "x"])
t(lambda: [] < [None])
t(lambda: list.__lt__([1], (1,)))
t(lambda: list.__eq__([1], [1]))
t(lambda: list.__eq__([1], 1))
n = float("nan")
print([n] == [n], [n] < [n], (n,) == (n,))
class Cmp:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print("eq", self.v, o.v)
        return self.v == o.v
    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v
print([Cmp(1), Cmp(2)] < [Cmp(1), Cmp(3)])
