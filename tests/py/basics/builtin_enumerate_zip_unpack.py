# common enumerate/zip idioms
names = ["ann", "bob", "cy"]
ages = [31, 25, 40]
for i, (n, a) in enumerate(zip(names, ages), start=1):
    print(i, n, a)
print(dict(zip(names, ages)), list(zip(*zip(names, ages))))
print(sorted(zip(ages, names)), max(zip(ages, names)), min(enumerate(names), key=lambda t: t[1]))
m = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*m)], list(map(sum, zip(*m))))
idx = {v: i for i, v in enumerate("hello")}
print(idx)
pairs = list(zip(range(3), "abc", strict=True))
print(pairs, list(enumerate(pairs))[-1])
a, b = zip(*[(1, 2), (3, 4), (5, 6)])
print(a, b)
print(list(zip("ab", "cd", "ef", "gh")), list(zip([], "x")), list(zip("x", [])))
counter = enumerate("ab")
print(next(counter), list(counter))
