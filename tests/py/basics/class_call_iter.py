# __call__, __iter__/__next__, __getitem__ iteration, __contains__
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5))
class Countdown:
    def __init__(self, start):
        self.cur = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur <= 0:
            raise StopIteration
        self.cur -= 1
        return self.cur + 1
print(list(Countdown(4)))
cd = Countdown(3)
print(next(cd), next(cd), next(cd), next(cd, "done"))
try:
    next(cd)
except StopIteration:
    print("StopIteration")
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError
        return i * i
print(list(Squares()), 9 in Squares(), 10 in Squares())
for v in Squares():
    print(v, end=" ")
print()
class Container:
    def __init__(self, items):
        self.items = items
    def __contains__(self, x):
        print("contains?", x)
        return x in self.items
    def __iter__(self):
        return iter(self.items)
    def __len__(self):
        return len(self.items)
c = Container([1, 2, 3])
print(2 in c, 5 not in c, sorted(c, reverse=True), len(c), max(c), sum(c))
a, b, cc = c
print(a, b, cc)
class Reusable:
    def __iter__(self):
        yield 1
        yield 2
r = Reusable()
print(list(r), list(r), [x * 10 for x in r])
it = iter([1, 2])
print(iter(it) is it)
try:
    iter(5)
except TypeError as e:
    print("TypeError", e)
try:
    next([1])
except TypeError as e:
    print("TypeError", e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError", e)
def gen_fn():
    return iter(lambda: 1, 1)
print(list(gen_fn()))
vals = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(vals), 0)))
