# reversed() over dicts and dict views: order after deletes, iterator types, size-change detection
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
d["z"] = 26
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(type(reversed(d)).__name__, type(reversed(d.keys())).__name__, type(reversed(d.values())).__name__, type(reversed(d.items())).__name__)
print(list(d.__reversed__()), list(d.keys().__reversed__()), list(d.items().__reversed__()))
it = reversed(d)
print(next(it))
d["new"] = 0
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
it = reversed(d.values())
d.pop("a")
try:
    print(next(it))
except RuntimeError as e:
    print(type(e).__name__, e)
it = reversed(d.items())
d["c"] = 333
print(list(it))
e = {}
print(list(reversed(e)), next(reversed(e.items()), "empty"))
r = reversed({1: 1, 2: 2})
print(next(r), next(r), next(r, "end"), next(r, "end"))
big = {i: i for i in range(20)}
for i in range(0, 20, 3):
    del big[i]
print(list(reversed(big))[:5], len(list(reversed(big.items()))))
class D(dict):
    pass
print(list(reversed(D(x=1, y=2))))
try:
    reversed(d, 1)
except TypeError as e:
    print(type(e).__name__, e)
