# itertools.count / cycle / repeat / zip_longest: args, floats, repr, errors
import itertools as it
c = it.count(5, 2)
print(next(c), next(c), repr(c))
print(list(it.islice(it.count(1.5, 0.5), 3)), list(it.islice(it.count(10, -3), 3)), repr(it.count()))
print(repr(it.count(2.5)), repr(it.count(1, 1.0)), repr(it.count(0, 3)))
try:
    it.count("a")
except TypeError as e:
    print("TypeError", e)
print(list(it.islice(it.cycle("ab"), 5)), list(it.cycle([])))
cy = it.cycle(iter([1, 2]))
print([next(cy) for _ in range(5)])
print(list(it.repeat("x", 3)), list(it.repeat(1, 0)), list(it.repeat(1, -5)), repr(it.repeat(7, 2)))
r = it.repeat("z", 2)
next(r)
print(repr(r), list(r), repr(r))
print(repr(it.repeat(None)), list(it.islice(it.repeat([1]), 2)))
try:
    it.repeat()
except TypeError as e:
    print("TypeError", e)
try:
    it.repeat(1, "a")
except TypeError as e:
    print("TypeError", e)
print(list(it.zip_longest("ab", "xyz", fillvalue="-")), list(it.zip_longest()), list(it.zip_longest([1])))
try:
    it.zip_longest("a", fill=1)
except TypeError as e:
    print("TypeError", e)
try:
    it.cycle(5)
except TypeError as e:
    print("TypeError", e)
