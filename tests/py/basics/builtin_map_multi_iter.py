# map with several iterables stops at the shortest
print(list(map(lambda *a: a, "ab", range(5), [None] * 3)))
print(list(map(max, [1, 5, 3], [4, 2, 6])), list(map(divmod, [7, 8], [2, 3])))
print(list(map(str.join, ["-", "+"], ["ab", "cd"])), list(map(round, [1.26, 2.5], [1, 0])))
print(list(map(lambda x: x, [])), list(map(int, "123")), list(map(None.__class__, [])))
def f(a, b=10):
    return a + b
print(list(map(f, [1, 2])), list(map(f, [1, 2], [3, 4])))
try:
    list(map(f, [1], [2], [3]))
except TypeError as e:
    print("TypeError", e)
try:
    list(map(lambda: 0, [1]))
except TypeError as e:
    print("TypeError", e)
m = map(abs, [-1, -2, -3])
print(iter(m) is m, next(m), list(m), list(m))
print(list(filter(lambda s: s.strip(), [" ", "a", "", " b "])), list(filter(None, map(int, "0102"))))
