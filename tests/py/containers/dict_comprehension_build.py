# building dicts in various ways gives equal results with defined order
keys = ["x", "y", "z"]
vals = [1, 2, 3]
a = dict(zip(keys, vals))
b = {k: v for k, v in zip(keys, vals)}
c = dict([("x", 1), ("y", 2), ("z", 3)])
d = dict(x=1, y=2, z=3)
e = {}
for k, v in zip(keys, vals):
    e[k] = v
print(a == b == c == d == e, list(a) == list(d), a)
inv = {v: k for k, v in a.items()}
print(inv)
sq = {n: n * n for n in range(6) if n % 2}
print(sq)
dup = {k % 3: k for k in range(10)}
print(dup)
nested = {i: {j: i * j for j in range(3)} for i in range(2)}
print(nested)
print({**a, **{"y": 20}}, dict(a, y=20) == {**a, "y": 20})
