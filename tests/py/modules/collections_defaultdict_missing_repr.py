# defaultdict __missing__, default_factory, repr, copy, errors
from collections import defaultdict
d = defaultdict(list)
d["a"].append(1); d["b"]
print(d, sorted(d), d.default_factory)
print(d.get("zz"), "zz" in d, d.__missing__("n"), d["n"])
n = defaultdict()
try:
    n["x"]
except KeyError as e:
    print("KeyError", e)
print(repr(n), n.default_factory)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError", e)
c = defaultdict(int, {"a": 1}, b=2)
c["z"] += 5
print(c)
cp = c.copy(); cp["q"]
print(type(cp).__name__, sorted(cp), sorted(c))
d2 = defaultdict(lambda: "dflt")
d2.default_factory = None
d2.default_factory = str.upper if False else (lambda: "dflt")
print(d2[1], dict(d2))
class Sub(defaultdict):
    pass
s = Sub(set)
s[1].add(2)
print(s)
d3 = defaultdict(int)
d3.default_factory = str
print(repr(d3["k"]), d3)
print(defaultdict(None, a=1))
print(defaultdict(int, [(1, 2)]) == {1: 2})
import copy
print(copy.deepcopy(defaultdict(list, {1: [2]})))
u = defaultdict(int, {1: 1}) | {2: 2}
print(u, type(u).__name__, {0: 0} | defaultdict(int, {1: 1}))
u |= {3: 3}; print(u)
