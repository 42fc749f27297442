# dict views: keys/values/items behaviour
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(len(k), len(v), len(it), "a" in k, 2 in v, ("b", 2) in it, ("b", 3) in it)
d["d"] = 4
print(list(k), list(v), list(it))
del d["a"]
print(list(k), len(k))
print(sorted(k & {"b", "x"}), sorted(k | {"z"}), sorted(k - {"b"}), sorted(k ^ {"b", "q"}))
print(list(reversed(d)) if hasattr(d, "__reversed__") else list(d)[::-1])
for key in d.keys():
    print(key, d[key])
print(sum(d.values()), max(d.items(), key=lambda p: p[1]))
print(dict(d.items()) == d, list(zip(d.keys(), d.values())) == list(d.items()))
print(d.keys() == {"b", "c", "d"}, sorted(d.items() | {("x", 0)}))
e = {}
print(list(e.keys()), list(e.items()), len(e.values()))
big = {i: i * i for i in range(100)}
for i in range(0, 100, 2):
    del big[i]
print(len(big), list(big)[:5], list(big.values())[-3:])
big[0] = "back"
print(list(big)[-1], big[0])
