a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, [9], (10,))), sorted(a.intersection(b, [4, 3])), sorted(a.difference(b, [1])))
print(sorted(a.symmetric_difference([4, 5, 6])), a.union(), a.intersection() == a, a.difference() is a)
print(a.isdisjoint(b), a.isdisjoint([7, 8]), a.issubset(range(10)), {1}.issubset([1]), a.issuperset([1, 2]), a.issuperset(b))
s = set(); s.add(1); s.add(1); s.add((2, 3)); print(len(s), 1 in s, (2, 3) in s, [] if False else 2 in s)
s.discard(1); s.discard(99); print(s)
s.remove((2, 3)); print(s, len(s))
s = {5}
print(s.pop(), s)
s = {1, 2, 3}
s.update([4], (5,), {6}); print(sorted(s))
s.intersection_update([1, 2, 3, 4], {2, 3, 4}); print(sorted(s))
s.difference_update([2], [9]); print(sorted(s))
s.symmetric_difference_update({4, 7}); print(sorted(s))
s |= {8}; print(sorted(s))
s &= {3, 7, 8, 9}; print(sorted(s))
s -= {3}; print(sorted(s))
s ^= {7, 10}; print(sorted(s))
c = s.copy(); c.add(99); print(sorted(s), sorted(c))
c.clear(); print(c, len(c))
t = {1, 2}; t -= t; print(t)
t = {1, 2}; t ^= t; print(t)
t = {1, 2}; t |= t; print(t)
print(set(), set([1, 1, 2]), set("aab") == {'a', 'b'}, set(range(3)), set({1: 2}), set(x for x in (1,)))
print({1, 2} == {2, 1}, {1} != {1}, {1} < {1, 2}, {1} <= {1}, {1, 2} > {1}, {1} >= {1, 2}, {1} < {1})
print({1, 2} == frozenset([1, 2]), frozenset([1]) < {1, 2})
print({1, 2} == [1, 2], {1} == 1)
print({1.0, 1, True}, {0, False, 0.0}, len({1, 1.0, True}))
print({frozenset({1}), frozenset({1})}, frozenset({1}) in {frozenset({1})})
print({1} in {frozenset({1})}, set() in {frozenset()})
s = {frozenset({1}), 2}
s.remove({1}); print(s)
s.add(frozenset({3})); s.discard({3}); print(s)
x = {1, 2, 3}
print(set.__len__(x), set.__contains__(x, 2), sorted(set.__or__(x, {9})), set.__or__(x, [1]), set.__eq__(x, [1]))
print(sorted(set.__rsub__({1, 2}, {2, 3})), set.__iand__({1, 2}, {2}), set.__ior__({1}, 5))
it = iter({1, 2})
print(sorted(it))
s = {1, 2, 3}
try:
    for v in s:
        s.add(v + 10)
except RuntimeError as e:
    print(e)
print(repr(set()), repr({1}), str({'a'}))
r = set(); print(r.__repr__())
