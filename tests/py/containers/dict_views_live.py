# views reflect later changes; view repr
d = {"a": 1}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
d["b"] = 2
print(k, v, i, len(k))
del d["a"]
print(list(k), list(v), list(i))
d.clear()
print(k, v, i)
print(repr({1: "x"}.keys()), str({1: "x"}.items()))
print(type(k).__name__, type(v).__name__, type(i).__name__)
try:
    k[0]
except TypeError as e:
    print("TypeError", e)
try:
    hash(v) is not None
    print("values hashable")
except TypeError as e:
    print("TypeError", e)
d = {1: [1], 2: [2]}
for val in d.values():
    val.append(0)
print(d)
it = iter(d.items())
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print("stop")
r = {"z": 0}
r["r"] = r
print(r, r.keys(), r.items())
