# iteration builtins: enumerate zip map filter reversed sorted all any iter next range
print(list(enumerate("abc")), list(enumerate("ab", 10)), list(enumerate([], 3)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip(*[(1, "a"), (2, "b")])))
print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(abs, [])))
print(list(filter(None, [0, 1, "", "x", None, [0]])), list(filter(lambda x: x > 1, [1, 2, 3])))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed((1, 2))))
print(sorted([3, 1, 2]), sorted("cab"), sorted([3, 1, 2], reverse=True), sorted({"b": 1, "a": 2}))
print(sorted(["aa", "B", "c"], key=str.lower), sorted([(1, "b"), (1, "a"), (0, "z")]))
pairs = [(2, "x"), (1, "y"), (2, "a"), (1, "b")]
print(sorted(pairs, key=lambda p: p[0]))
print(all([]), all([1, 2]), all([1, 0]), any([]), any([0, 0]), any([0, 3]), all("abc"), any(x > 5 for x in range(3)))
it = iter([10, 20])
print(next(it), next(it), next(it, "default"))
m = map(lambda x: x * 2, [1, 2, 3])
print(next(m), list(m), list(m))
z = zip(range(3), range(10))
print(list(z), list(z))
e = enumerate("xy")
print(next(e), list(e))
f = filter(str.isdigit, "a1b2c3")
print("".join(f))
print(list(map(len, ["a", "bb"])), list(map(pow, [2, 3], [2, 2])))
print(sum(map(int, "12345")), max(map(len, ["a", "abc"])))
for bad in [5, None]:
    try:
        list(zip(bad))
    except TypeError as ex:
        print("TypeError", ex)
try:
    reversed({1, 2})
except TypeError as ex:
    print("TypeError", ex)
try:
    sorted([1, 2], lambda x: x)
except TypeError as ex:
    print("TypeError")
print(type(enumerate([])).__name__, type(zip()).__name__, type(map(str, [])).__name__, type(filter(None, [])).__name__)
d = {"a": 1, "b": 2}
print(list(reversed(list(d))), dict(zip(d.values(), d.keys())))
print(list(zip("abc", range(5), [True, False])))
