# chained comparisons: evaluation order, single evaluation, short-circuit
log = []


def v(name, x):
    log.append(name)
    return x


print(v("a", 1) < v("b", 2) < v("c", 3), log)
log.clear()
print(v("a", 1) < v("b", 0) < v("c", 3), log)
log.clear()
print(v("a", 1) == v("b", 1) != v("c", 2) is not v("d", None), log)
log.clear()

x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 < 6)
print(1 < 2 > 1 < 2 > 1)
print(3 in [1, 2, 3] in [[1, 2, 3]])
print("a" < "b" < "c" == "c")
print((1 < 2) < 3)
a = [1]
b = a
print(a is b is not None, a == b == [1] != [2])


# the middle operand is evaluated once
class Counting:
    n = 0

    def __lt__(self, o):
        return True

    def __gt__(self, o):
        return True


def mid():
    Counting.n += 1
    return Counting()


print(0 < mid() < 5, Counting.n)

# non-bool results of comparisons are returned as is
class W:
    def __lt__(self, o):
        return "yes"


print(W() < 1)
print(W() < 1 < 2)
print(1 < 2 < W() if False else (0 < 1 and W() < 1))
try:
    print(1 < "a" < 2)
except TypeError as e:
    print(type(e).__name__, e)
