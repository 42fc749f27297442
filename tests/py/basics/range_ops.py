# range objects
r = range(10)
print(r, len(r), r[0], r[-1], r[3:7], r[::2], r[::-1], list(r[8:2:-2]))
print(5 in r, 10 in r, -1 in r, 3.0 in r, "3" in r)
print(range(0, 10, 3).index(9), range(5).count(3), range(-5, 5)[0], range(5, -5, -1)[-1])
print(list(range(5, 0, -1)), list(range(-10, -20, -3)), list(range(0, -5)), len(range(0, -5)))
print(range(3) == range(3), range(0) == range(5, 5), range(1, 5, 2) == range(1, 6, 2), range(2) != range(3))
r2 = range(1, 20, 4)
print(r2.start, r2.stop, r2.step, sum(r2), max(r2), min(r2), sorted(r2, reverse=True))
print(list(reversed(range(1, 10, 3))), list(enumerate(range(3, 6))))
try:
    r[10]
except IndexError as e:
    print("IndexError", e)
try:
    range(5).index(7)
except ValueError as e:
    print("ValueError", e)
try:
    range(0, 1, 0)
except ValueError as e:
    print("ValueError", e)
try:
    range("a")
except TypeError as e:
    print("TypeError", e)
it = iter(range(3))
print(next(it), list(it))
print(bool(range(0)), bool(range(1)), repr(range(1, 2)), repr(range(0, 9, 3)))
