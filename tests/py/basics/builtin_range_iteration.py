# iterating ranges and their iterators
r = range(3)
it = iter(r)
print(next(it), list(it), list(it), list(r), list(r))
print([i for i in range(10, 0, -3)], list(range(-3)), list(range(0, 5, 10)))
total = 0
for i in range(1, 101):
    total += i
print(total)
nums = range(2, 20, 4)
print(list(zip(nums, nums[1:])), list(enumerate(nums)))
print(sum(range(10 ** 6, 10 ** 6 + 5)), max(range(7)), min(range(5, 0, -1)))
print(list(map(lambda i: i * i, range(5))), sorted(range(5), reverse=True))
a = iter(range(2 ** 62, 2 ** 62 + 2))
print(next(a), next(a), next(a, "done"))
print(type(iter(range(1))).__name__ in ("range_iterator", "iterator"))
print(list(range(5))[::-1] == list(reversed(range(5))), range(5)[1:][1:][1:])
for i in range(3):
    i = 10
print(i)
