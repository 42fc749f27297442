# sort is stable, also with reverse=True
recs = [("a", 2), ("b", 1), ("c", 2), ("d", 1), ("e", 3), ("f", 2)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
r2 = list(recs)
r2.sort(key=lambda r: r[1], reverse=True)
print(r2)
# reverse=True keeps equal elements in original order (not reversed)
class K:
    def __init__(self, v, tag):
        self.v = v
        self.tag = tag
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return "%d%s" % (self.v, self.tag)
ks = [K(1, "a"), K(0, "b"), K(1, "c"), K(0, "d"), K(1, "e")]
print(sorted(ks))
print(sorted(ks, reverse=True))
# multi-pass sort
data = [("x", 3, 1), ("y", 1, 2), ("z", 3, 0), ("w", 1, 1)]
data.sort(key=lambda t: t[2])
data.sort(key=lambda t: t[1])
print(data)
big = [(i % 7, i) for i in range(60)]
s = sorted(big, key=lambda t: t[0])
ok = all(s[i][1] < s[i + 1][1] for i in range(len(s) - 1) if s[i][0] == s[i + 1][0])
print(ok, s[:5])
