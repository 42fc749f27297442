# dict view .mapping and types.MappingProxyType: a live read-only view of a dict
import types
d = {"a": 1, "b": 2}
m = d.keys().mapping
print(m, repr(m), type(m).__name__, m["a"], len(m), "a" in m, list(m), m.get("z", 0), m == d, m.copy(), sorted(m.items()))
print(d.values().mapping == d.items().mapping, repr(d.items().mapping), list(reversed(m)))
d["c"] = 3
print(m, m | {"d": 4}, {"q": 0} | m)
def t(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: m.__setitem__("x", 1))
t(lambda: m["nope"])
t(lambda: hash(m))
p = types.MappingProxyType({"k": "v"})
print(p, type(p).__name__, p["k"], list(p.keys()), list(p.values()))
t(lambda: types.MappingProxyType([1]))
t(lambda: types.MappingProxyType(5))
def f():
    m2 = types.MappingProxyType({})
    m2 |= {"a": 1}
t(f)
def g():
    m["x"] = 1
t(g)
def h():
    del m["a"]
t(h)
