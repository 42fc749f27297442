# itertools.chain / chain.from_iterable / tee: laziness, independence, errors
import itertools as it
print(list(it.chain()), list(it.chain("ab", [1], (), range(2))))
print(list(it.chain.from_iterable(["ab", "cd", ""])), list(it.chain.from_iterable([[1], [2, [3]]])))
c = it.chain([1, 2], [3])
print(next(c), list(c), list(c))
try:
    list(it.chain([1], 5))
except TypeError as e:
    print("TypeError", e)
try:
    list(it.chain.from_iterable([1]))
except TypeError as e:
    print("TypeError", e)
a, b = it.tee(iter(range(4)))
print(next(a), next(a), list(b), list(a))
x, y, z = it.tee("xyz", 3)
print(list(z), list(x), list(y))
print(len(it.tee([1], 0)) if False else len(it.tee([1], 5)))
try:
    it.tee([1], -1)
except ValueError as e:
    print("ValueError", e)
t1, t2 = it.tee([1, 2])
t3, = it.tee(t1, 1)
print(list(t3), list(t2))
