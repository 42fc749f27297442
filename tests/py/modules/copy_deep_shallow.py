import copy

a = [1, [2, 3], {"k": [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
a[1].append(9); a[2]["k"].append(8)
print(s, d, s[1] is a[1], d[1] is a[1])
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) is not None)
r = [1]
r.append(r)
rc = copy.deepcopy(r)
print(rc[1] is rc, rc is not r)
class P:
    def __init__(self, v):
        self.v = v
p = P([1])
pc = copy.copy(p); pd = copy.deepcopy(p)
print(pc.v is p.v, pd.v is p.v, pd.v, type(pd).__name__)
class Q:
    def __init__(self):
        self.n = 0
    def __copy__(self):
        q = Q(); q.n = "shallow"; return q
    def __deepcopy__(self, memo):
        q = Q(); q.n = "deep"; return q
print(copy.copy(Q()).n, copy.deepcopy(Q()).n, copy.deepcopy([Q()])[0].n)
print(copy.copy({1, 2}), copy.deepcopy({"a": (1, [2])}), copy.copy(5), copy.deepcopy("s"))
print(copy.copy(bytearray(b"x")), copy.deepcopy(frozenset([1])))
shared = [0]
dd = copy.deepcopy([shared, shared])
print(dd[0] is dd[1], dd[0] is shared)
print(copy.copy(len) is len, copy.deepcopy(P) is P)
print(issubclass(copy.Error, Exception))
