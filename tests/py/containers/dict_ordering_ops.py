# insertion order through updates, deletes and rebuilds
d = dict.fromkeys("abcde", 0)
del d["b"]
d["b"] = 1
d["a"] = 9
print(list(d), list(d.values()))
d.pop("c")
d.setdefault("c", 3)
d.update({"a": 0, "z": 26})
print(list(d.items()))
e = {k: d[k] for k in sorted(d)}
print(e)
print(list({**d, "a": "new"}), {**{"x": 1}, **{"x": 2}})
print(list(reversed(d)), list(reversed(d.values())), next(reversed(d.items())))
f = {}
for i in range(20):
    f[i] = i
for i in range(0, 20, 2):
    del f[i]
f[0] = "back"
print(list(f))
print({1: "a", 1.0: "b", True: "c"})
