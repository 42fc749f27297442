# StopIteration: next() default, value attribute, in for loops and comprehensions
it = iter([1])
print(next(it), next(it, "default"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args, e.value)


class Count:
    def __init__(self, n):
        self.i, self.n = 0, n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration("done", self.i)
        self.i += 1
        return self.i


c = Count(3)
print(list(c), list(c))
for x in Count(2):
    print("loop", x)


def gen():
    yield 1
    return "result"


g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("return value", e.value, e.args)
try:
    next(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(iter([]), 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
# StopIteration raised in a comprehension body propagates (not a generator)
try:
    [next(iter([])) for _ in range(1)]
except StopIteration:
    print("StopIteration escapes list comprehension")
