# sets and frozensets (print sorted to avoid order dependence)
s = {3, 1, 2}
print(sorted(s), len(s), 1 in s, 5 not in s)
s.add(4)
s.add(1)
s.discard(10)
s.remove(2)
print(sorted(s))
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print(a.issubset({1, 2, 3, 4, 5}), a.issuperset({1}), a.isdisjoint({7, 8}), a.isdisjoint(b))
c = set(a)
c |= {10}
c &= {1, 2, 10}
c -= {1}
print(sorted(c))
c ^= {2, 3}
print(sorted(c))
c.update([5, 6], (7,))
print(sorted(c))
c.intersection_update({5, 6, 10})
print(sorted(c))
c.difference_update({5})
print(sorted(c))
print(sorted(set("hello")), set(), sorted(set([1, 1, 2])))
p = c.pop()
print(p in {6, 10}, len(c))
f = frozenset([1, 2, 2])
print(sorted(f), type(f).__name__, f == {1, 2}, {f: "ok"}[frozenset({2, 1})])
print(sorted(f | {3}), type(f | {3}).__name__)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError", e)
try:
    f.add(1)
except AttributeError as e:
    print("AttributeError", e)
print({1, 2} == {2, 1}, {1} != {1.0}, set() == frozenset())
print(len({i % 5 for i in range(100)}))
print(repr(set()), repr({1}), repr(frozenset()), repr(frozenset({1})))
x = {1, 2}
y = x.copy()
y.clear()
print(sorted(x), y)
