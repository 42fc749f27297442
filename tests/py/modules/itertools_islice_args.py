# itertools.islice: start/stop/step variants, None args, consumption, errors
import itertools as it
s = "abcdefghij"
print(list(it.islice(s, 3)), list(it.islice(s, 2, 5)), list(it.islice(s, 1, None, 3)))
print(list(it.islice(s, None)), list(it.islice(s, None, 2)), list(it.islice(s, 0)), list(it.islice(s, 8, 100)))
src = iter(range(10))
print(list(it.islice(src, 2, 4)), next(src))
print(list(it.islice(it.count(), 5, 20, 5)))
for args in [(-1,), (1, -1), (0, 5, 0), (0, 5, -1), ("a",), (1.5,), (0, 1, 2, 3)]:
    try:
        print(list(it.islice(s, *args)))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    it.islice(5, 1)
except TypeError as e:
    print("TypeError", e)
try:
    it.islice(s)
except TypeError as e:
    print("TypeError", e)
class Idx:
    def __index__(self):
        return 2
print(list(it.islice(s, Idx())))
