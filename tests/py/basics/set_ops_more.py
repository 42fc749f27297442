# set operations with mixed types and methods taking iterables
a = {1, 2, 3}
print(sorted(map(str, a.union("x"))), sorted(map(str, a.union([4]))))
print(a == {1.0, 2.0, 3.0}, 1.0 in a, True in a, 0 in a)
print(sorted(a - {2.0}), sorted(a & frozenset([3, 4])), type(frozenset([1]) & {1}).__name__)
s = set()
for x in [3, 1, 3, 2, 1]:
    s.add(x)
print(sorted(s), len(s))
print(sorted({(1, 2), (1, 2), (2, 1)}), sorted({"a", "b", "a"}))
try:
    {1} + {2}
except TypeError as e:
    print("TypeError", e)
try:
    {1} < [1]
except TypeError as e:
    print("TypeError", e)
print({1, 2}.issubset([1, 2, 3]), {1, 2}.issuperset((1,)), {1}.isdisjoint("abc"))
e = set("abc")
e.discard("z")
print(sorted(e), e.remove("a"), sorted(e))
f = frozenset("hello")
print(sorted(f), len(f), "h" in f, sorted(f - {"l"}), hash(f) == hash(frozenset("olleh")))
print(sorted({frozenset([1]), frozenset([1]), frozenset([2])}, key=lambda fs: min(fs)))
ss = {i * i % 7 for i in range(20)}
print(sorted(ss), max(ss), min(ss), sum(ss))
x = {1, 2, 3}
y = x
x |= {4}
print(y is x, sorted(y))
x = x | {5}
print(y is x, sorted(y), sorted(x))
print(set([1, 2]) == frozenset([2, 1]), {1, 2} != {1, 2, 3})
print(sorted(set(range(5)).symmetric_difference(range(3, 8))))
