# zip/enumerate/map/filter in combination and laziness
names = ["ann", "bob", "cat"]
ages = [31, 25]
print(list(zip(names, ages)), dict(zip(names, range(10))), list(zip(*zip(names, ages))))
for i, (n, a) in enumerate(zip(names, ages), start=1):
    print(i, n, a)
print(list(enumerate("ab", -2)), list(enumerate(range(0))))
pairs = list(zip(range(3), map(str, range(3)), filter(None, [0, 1, 2, 3])))
print(pairs)
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)], [sum(col) for col in zip(*matrix)])
print(list(map(lambda a, b, c: a + b + c, "ab", "cd", "ef")), list(map(max, [1, 5], [4, 2])))
calls = []
def noisy(x):
    calls.append(x)
    return x * 2
m = map(noisy, [1, 2, 3])
z = zip(m, "ab")
print(calls, list(z), calls)
it = iter(range(10))
print(list(zip(it, it, it)))
e = enumerate(["x", "y"])
print(next(e), next(e), next(e, "done"))
