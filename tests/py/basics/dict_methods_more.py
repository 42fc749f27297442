# dict.fromkeys shared values, copy semantics, get/pop/setdefault details
shared = dict.fromkeys(["a", "b"], [])
shared["a"].append(1)
print(shared)
d = {"x": [1], "y": {"z": 2}}
c = d.copy()
c["x"].append(2)
c["new"] = 3
print(d, c)
print(d.get("x") is c.get("x"), d.get("missing", []) is d.get("missing", []))
print(d.pop("y"), d.pop("y", None), d)
s = {}
print(s.setdefault("k"), s, s.setdefault("k", 5), s)
u = {"a": 1}
u.update()
u.update([("b", 2)], c=3)
u.update({"a": 0}.items())
print(u)
try:
    u.update([("bad",)])
except (ValueError, TypeError) as e:
    print(type(e).__name__)
try:
    u.update(1)
except TypeError as e:
    print("TypeError", e)
print(dict(zip("abc", range(3))), dict([(1, 2)], x=1) if False else dict([(1, 2)]))
print({k: v for k, v in sorted({"b": 2, "a": 1}.items())})
e = dict(a=1, b=2)
print(e.items() == {("a", 1), ("b", 2)}, list(e.values()) == [1, 2], e == dict(b=2, a=1))
print(len({}), len({(): None}), {} == dict(), {1: 1}.get(1.0), {0.5: "h"}.get(0.5))
big = {}
for i in range(1000):
    big[i] = i * 2
print(len(big), big[999], sum(big.values()), 500 in big, 1000 in big)
for i in range(0, 1000, 2):
    del big[i]
print(len(big), min(big), max(big))
