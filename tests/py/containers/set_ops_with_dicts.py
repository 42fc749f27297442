# set operations and methods given dicts and views
s = {"a", "b", "c"}
d = {"b": 1, "c": 2, "d": 3}
print(sorted(s.union(d)), sorted(s.intersection(d)), sorted(s.difference(d)), sorted(s.symmetric_difference(d)))
print(sorted(s & d.keys()), sorted(s | d.keys()), sorted(s - d.keys()), sorted(s ^ d.keys()))
print(sorted(d.keys() & s), sorted(d.keys() - s), type(s & d.keys()).__name__, type(d.keys() & s).__name__)
print(s.issubset(d), {"b"}.issubset(d), s.issuperset(d.keys()), s.isdisjoint(d.values()))
print(set(d) == d.keys(), d.keys() == set(d), frozenset(d) == d.keys())
t = set(s)
t.update(d)
t.difference_update({"a": 0})
print(sorted(t))
t.intersection_update(d.keys())
print(sorted(t))
t.symmetric_difference_update(d.items())
print(sorted(t, key=str))
try:
    s | d
except TypeError as e:
    print("TypeError", e)
try:
    s < d
except TypeError as e:
    print("TypeError", e)
print(s == d, s != d)
