from collections import defaultdict

d = defaultdict(list)
d["a"].append(1); d["a"].append(2); d["b"]
print(sorted(d.items()), d.default_factory is list)
c = defaultdict(int)
for ch in "abracadabra":
    c[ch] += 1
print(sorted(c.items()))
s = defaultdict(lambda: "dflt")
print(s["x"], "y" in s, s.get("y"), len(s))
n = defaultdict()
try:
    n["k"]
except KeyError as e:
    print("KeyError", e)
print(n.default_factory)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError", e)
print(repr(defaultdict(int, {"a": 1})))
print(repr(defaultdict(None)))
dd = defaultdict(set, a={1})
print(dd["a"], dd["b"], isinstance(dd, dict))
cp = dd.copy(); print(type(cp).__name__, cp.default_factory is set)
class M(dict):
    def __missing__(self, key):
        return key * 2
m = M(a=1)
print(m["a"], m["bc"], m.get("bc"), "bc" in m)
class M2(dict):
    def __missing__(self, key):
        raise LookupError("custom " + key)
try:
    M2()["q"]
except LookupError as e:
    print(type(e).__name__, e)
d.default_factory = None
try:
    d["zz"]
except KeyError as e:
    print("KeyError", e)
