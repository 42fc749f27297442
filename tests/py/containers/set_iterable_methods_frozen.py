# frozenset methods mirror set methods (non-mutating)
f = frozenset([1, 2, 3])
print(sorted(f.union([4], "a" and [5])), sorted(f.intersection(range(2, 10))), sorted(f.difference({1}, [2])))
print(sorted(f.symmetric_difference((3, 4))), f.issubset([1, 2, 3, 4]), f.issuperset(iter([1])), f.isdisjoint([9]))
print(type(f.union()).__name__, type(f | {9}).__name__, type({9} | f).__name__, type(f.copy()).__name__)
print(f == {1, 2, 3}, f != frozenset([1, 2]), hash(f) == hash(frozenset({3, 2, 1})))
for name in ("add", "remove", "discard", "pop", "clear", "update", "difference_update",
             "intersection_update", "symmetric_difference_update"):
    print(name, hasattr(f, name))
class FS(frozenset):
    pass
g = FS([1, 2])
print(type(g | {3}).__name__, type(g.union()).__name__, type(g.copy()).__name__, sorted(g))
try:
    f.symmetric_difference(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    f.union(5)
except TypeError as e:
    print("TypeError", e)
