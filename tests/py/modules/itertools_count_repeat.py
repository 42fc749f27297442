from itertools import count, repeat, cycle, islice, tee

c = count()
print(next(c), next(c), next(c))
print(list(islice(count(10, 5), 4)), list(islice(count(-1, -1), 3)), list(islice(count(2.5), 3)))
print(list(islice(count(1, 0.5), 4)), list(islice(count(10**20), 2)))
print(repr(count(5, 1)), repr(count(2.5)), repr(count(0, 0.5)), repr(count(-3, -2)))
try:
    count("a")
except TypeError as e:
    print("TypeError", e)
r = repeat(7)
print(next(r), next(r), list(repeat([1], 2)), list(repeat(None, 1)))
print(repr(repeat("a")), repr(repeat("a", 3)))
rr = repeat(1, 2); next(rr); print(repr(rr))
try:
    repeat()
except TypeError as e:
    print("TypeError")
print(list(islice(cycle(range(3)), 7)), list(islice(cycle("ab"), 0)))
it = iter([1, 2, 3, 4])
a, b = tee(it)
print(next(a), next(a), next(b), list(b), list(a))
print([list(x) for x in tee([], 2)])
