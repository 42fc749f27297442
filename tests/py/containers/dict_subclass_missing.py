# dict subclasses: __missing__, overridden methods, and what bypasses them
class Default(dict):
    def __missing__(self, key):
        self[key] = v = len(key)
        return v
d = Default()
print(d["abc"], d["x"], d)
print(d.get("zz"), "zz" in d, d.setdefault("q", 0), d)
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.upper())
u = Upper()
u["a"] = 1
print(u, u["A"], u["a"])
u.update(b=2)
print(u)
print(dict(u), Upper(c=3))
class Counting(dict):
    def keys(self):
        return ["x"]
    def __getitem__(self, k):
        return "item-" + k
print(dict(Counting(x=1)), {**Counting(x=1)})
e = {}
e.update(Counting(x=1))
print(e)
class MissingRaises(dict):
    def __missing__(self, k):
        raise KeyError("custom " + str(k))
try:
    MissingRaises()["z"]
except KeyError as ex:
    print("KeyError", ex)
print(type(Default(a=1).copy()).__name__, type(Default.fromkeys("ab")).__name__)
