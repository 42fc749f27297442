# __contains__ / __iter__ / __getitem__ iteration and membership fallbacks
class Seq:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * 10


s = Seq(3)
print(list(s), 10 in s, 15 in s, [x for x in s], tuple(iter(s)))
a, b, c = s
print(a, b, c, sorted(s, reverse=True), max(s))


class OnlyIter:
    def __iter__(self):
        return iter("xyz")


print("y" in OnlyIter(), "q" in OnlyIter(), list(OnlyIter()))


class OnlyContains:
    def __contains__(self, x):
        return x == 42

    def __getitem__(self, i):
        raise AssertionError("not used")


print(42 in OnlyContains(), 1 in OnlyContains(), 1 not in OnlyContains())


class Truthy:
    def __contains__(self, x):
        return "non-empty"


print(3 in Truthy())


class NotIterable:
    __iter__ = None

    def __getitem__(self, i):
        return i


for expr in ["iter(x)", "1 in x", "list(x)"]:
    try:
        eval(expr, {"x": NotIterable()})
    except TypeError as e:
        print(type(e).__name__, e)

for expr in ["iter(5)", "5 in 5", "list(None)", "for q in 3.5: pass"]:
    try:
        exec(expr)
    except TypeError as e:
        print(type(e).__name__, e)


class BadIter:
    def __iter__(self):
        return 5


try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)


# __getitem__ raising StopIteration also ends iteration
class Stopper:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i


print(list(Stopper()))
