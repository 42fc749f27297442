# set operations on dict views
d = {"a": 1, "b": 2, "c": 3}
e = {"b": 0, "c": 0, "d": 0}
k = d.keys()
print(sorted(k & e.keys()), sorted(k | e.keys()), sorted(k - e.keys()), sorted(k ^ e.keys()))
print(sorted(k & {"a", "z"}), sorted(k | ["q"]), sorted(k - "ab"), sorted(k ^ ("a", "x")))
print(sorted(["a", "q"] & k), sorted({"z"} | k), sorted("abz" - k))
print(type(k & e.keys()).__name__, type(k | []).__name__)
i = d.items()
print(sorted(i & {("a", 1), ("b", 5)}), sorted(i - {("a", 1)}))
print(sorted(i | {("z", 9)}), sorted(i ^ {("a", 1), ("q", 0)}))
print(k == {"a", "b", "c"}, k == {"a"}, k != {"a"}, i == {("a", 1), ("b", 2), ("c", 3)})
print(k < {"a", "b", "c", "d"}, k <= {"a", "b", "c"}, k > {"a"}, k >= k)
print(k.isdisjoint({"x"}), k.isdisjoint(["a"]), i.isdisjoint([("a", 2)]))
print("a" in k, "z" in k, ("a", 1) in i, ("a", 2) in i, 1 in d.values(), 9 in d.values())
try:
    k & 5
except TypeError as e:
    print("TypeError", e)
try:
    d.values() & {1}
except TypeError as e:
    print("TypeError", e)
print(d.values() == d.values(), list(d.values()))
print(len(k), len(i), len(d.values()), bool({}.keys()))
print(list(reversed(k)), list(reversed(i)), list(reversed(d.values())))
