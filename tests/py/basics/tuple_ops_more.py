# tuples: comparison, hashing, nesting, packing/unpacking in loops
pts = [(3, 1), (1, 2), (3, 0), (1, 1)]
print(sorted(pts), max(pts), min(pts), sorted(pts, key=lambda p: (-p[0], p[1])))
print((1, 2) < (1, 2, 0), (1, "a") < (1, "b"), (0,) < (0, -1), () < (0,))
print(len({(1, 2), (1, 2), (2, 1)}), {(1, (2, 3)): "nested"}[(1, (2, 3))])
for i, (a, b) in enumerate(pts[:2]):
    print(i, a, b)
t = tuple(range(5))
print(t[::2], t[-2:], t.count(3), t.index(4), t * 0, t + (), (t,)[0] is t)
print(tuple("abc"), tuple({1: 2}), tuple(x for x in "xy"), tuple([]))
def swap(p):
    a, b = p
    return b, a
print(swap((1, 2)), swap("ab"))
nested = ((1, 2), (3, 4))
print([a + b for a, b in nested], dict(nested), list(zip(*nested)))
print((1, 2) == [1, 2], tuple([1, 2]) == (1, 2), (1,) * 3)
try:
    (1, 2) + [3]
except TypeError as e:
    print("TypeError", e)
try:
    (1, 2) < (1, "a")
except TypeError as e:
    print("TypeError", e)
a = (1, [2])
try:
    a[1] += [3]
except TypeError as e:
    print("TypeError", e)
print(a)
