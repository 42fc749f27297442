# Iteration/display order of int, float and tuple sets follows CPython's table.
print({3, 1, 2}, {7, 8}, {100, 5, 33}, set([10, 2, 9, 1]), {-1, -2, 5})
print({x * 7 for x in range(12)}, set(range(30, 0, -3)))
print({1.5, 2.0, 0.25}, {(1, 2), (3, 4), (0, 0)}, {True, 2, 3.0})
a = {1, 2, 3, 40, 50, 60}
b = {3, 40, 99, 1000, 7}
print(a | b, a & b, a - b, b - a)
print(a.intersection(range(45)), frozenset([64, 8, 16, 32]))
s = set([5, 13, 21, 29])
print(list(s), sorted(s), [x for x in s], tuple(s))
p = set([9, 17, 25, 1])
print(p.pop(), len(p))
big = set(range(0, 1000, 37))
print(big)
c = big.copy(); print(c == big)
d = {}
for i in [12, 4, 36, 20]:
    d[i] = i
print(set(d))
print({2**40, 2**33, 5}, {-(2**62), 3})
m = {0}
for i in range(1, 20):
    m.add(i * 11)
print(m)
