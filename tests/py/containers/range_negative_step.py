# ranges with negative steps
for args in [(10, 0, -1), (10, 0, -3), (0, 10, -1), (-1, -10, -2), (5, 5, -1), (3, -3, -2)]:
    r = range(*args)
    print(args, list(r), len(r), r[0] if r else None, r[-1] if r else None)
print(list(reversed(range(0, 10, 3))), list(reversed(range(10, 0, -4))))
print(list(reversed(range(0))), list(reversed(range(-3, 3))))
r = range(20, -1, -5)
print(min(r), max(r), sum(r), sorted(r))
print(list(range(3, 0, -1)) == [3, 2, 1])
it = iter(range(3, -1, -1))
print(next(it), next(it), list(it))
print(list(range(2 ** 63 - 4, 2 ** 63 - 1)))
print(list(range(-2 ** 63 + 3, -2 ** 63, -1)))
