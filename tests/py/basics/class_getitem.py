# __getitem__/__setitem__/__delitem__ with ints, slices and keys
class Grid:
    def __init__(self):
        self.data = {}
        self.log = []
    def __getitem__(self, key):
        self.log.append(("get", key))
        return self.data.get(key, 0)
    def __setitem__(self, key, value):
        self.log.append(("set", key))
        self.data[key] = value
    def __delitem__(self, key):
        self.log.append(("del", key))
        del self.data[key]
g = Grid()
g[1, 2] = 5
g["k"] = "v"
print(g[1, 2], g[0, 0], g["k"])
g[1, 2] += 10
print(g[1, 2])
del g["k"]
print(g.log)
class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            start, stop, step = i.indices(self.n)
            return [self[j] for j in range(start, stop, step)]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("Seq index out of range")
        return i * 10
s = Seq(6)
print(s[0], s[-1], s[1:4], s[::2], s[::-1], s[10:])
try:
    s[6]
except IndexError as e:
    print("IndexError", e)
print(list(reversed(s)))
class SliceEcho:
    def __getitem__(self, k):
        return k
e = SliceEcho()
print(e[1:2], e[::3], e[1:2, 3], e[...], e[:, 1])
class NoItems:
    pass
try:
    NoItems()[0]
except TypeError as ex:
    print("TypeError", ex)
try:
    NoItems()[0] = 1
except TypeError as ex:
    print("TypeError", ex)
class Default(dict):
    def __getitem__(self, k):
        return super().__getitem__(k) if k in self else "?"
dd = Default(a=1)
print(dd["a"], dd["b"], dd.get("b"))
