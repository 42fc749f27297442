# chained comparisons evaluate middle operands once and short-circuit
class N:
    evals = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print("  %d < %d" % (self.v, o.v))
        return self.v < o.v
def mid(v):
    N.evals += 1
    return N(v)
print(N(1) < mid(2) < N(3), N.evals)
print(N(5) < mid(2) < N(3), N.evals)
x = 5
print(1 < x < 10, 10 > x > 1, 1 < x > 3, x == 5 == 5.0, 1 <= x <= 5 <= 5)
print(1 < 2 < 3 < 4 < 5, 1 < 2 < 3 > 4, [] == [] != [1], "a" < "b" < "c")
def gen():
    yield 3
print(2 < next(gen()) < 4)
print(0 in [0] in [[0]], 1 in [1] not in [[2]], None is None is not False)
