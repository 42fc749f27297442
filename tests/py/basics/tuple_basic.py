# tuples
t = (1, 2, 3)
print(t, len(t), t[0], t[-1], t[1:], (), (1,), tuple(), tuple([4, 5]))
print(t + (4,), t * 2, 2 in t, t.index(3), t.count(1), (1, 2) == (1, 2))
x = 1, 2
print(x, type(x).__name__)
a, b = x
print(a, b)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][1])
print(hash((1, 2)) == hash((1, 2)))
d = {(1, 2): "a"}
print(d[(1, 2)], d[1, 2])
try:
    t[0] = 5
except TypeError as e:
    print("TypeError", e)
try:
    t.index(9)
except ValueError as e:
    print("ValueError", e)
try:
    hash(([1],))
except TypeError as e:
    print("TypeError", e)
t2 = ([1], 2)
t2[0].append(3)
print(t2)
print(sorted([(2, "b"), (1, "z"), (2, "a")]))
print(max((1, 2), (1, 3)), min([(0, 9), (0, 1)]))
print(repr((1,)), repr(("a", None)), str(((),)))
print(tuple(x * 2 for x in range(3)))
empty = ()
print(len(empty), bool(empty), empty == ())
u = t
u += (9,)
print(t, u)
