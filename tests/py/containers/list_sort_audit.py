# list.sort: key/reverse semantics, stability, errors, mutation detection
data = [(2, "a"), (1, "b"), (2, "c"), (1, "d"), (3, "e")]
a = list(data); a.sort(key=lambda p: p[0]); print(a)
a = list(data); a.sort(key=lambda p: p[0], reverse=True); print(a)
a = list(data); a.sort(reverse=True); print(a)
b = ["B", "a", "C", "b"]; b.sort(key=str.lower); print(b)
b.sort(key=None, reverse=False); print(b)
c = [3, 1.5, True, 2]; c.sort(); print(c)
def t(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: [3, "a"].sort())
t(lambda: [1].sort(lambda x: x))
t(lambda: [1].sort(cmp=1))
t(lambda: [1, 2].sort(key=1))
t(lambda: [1, 2].sort(key=lambda x: x, bogus=1))
t(lambda: [[1], (1,)].sort())
t(lambda: [1, 2].sort(key=lambda x: 1 / 0))
t(lambda: list.sort(5))
m = [3, 2, 1]
def bad_key(x):
    m.append(x)
    return x
t(lambda: m.sort(key=bad_key))
print(len(m) >= 3)
print(sorted([0.0, -0.0, 0]), sorted([float("inf"), -1, float("-inf")]), sorted(["b", "B", "a", "A"]))
r = [1, 2, 3]
print(r.sort(), r.sort(reverse=1), r)
