# dict views: reversed, mapping attribute, set operations, comparisons
d = {"a": 1, "b": 2, "c": 3}
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
k, v, i = d.keys(), d.values(), d.items()
print(sorted(k), sorted(v), sorted(i))
print(sorted(k & {"a", "z"}), sorted(k | ["z"]), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(sorted(i & {("a", 1), ("b", 9)}), sorted(i - {("a", 1)}), sorted({("a", 1)} | i))
print(k == {"a", "b", "c"}, k == ["a", "b", "c"], k < {"a", "b", "c", "d"}, k >= {"a"}, i == {("a", 1), ("b", 2), ("c", 3)})
print(k.isdisjoint(["x"]), k.isdisjoint("ab"), i.isdisjoint([("a", 2)]), "a" in k, 1 in v, ("a", 1) in i, ["a", 1] in i)
print(len(k), len(v), len(i), bool({}.keys()), repr({}.items()))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: k & 5)
t(lambda: k | None)
t(lambda: v == v)
t(lambda: v | v)
t(lambda: k[0])
t(lambda: ([1], 2) in i)
r = reversed({1: 2}.items())
print(next(r), next(r, "done"))
print(type(k).__name__, type(v).__name__, type(i).__name__)
