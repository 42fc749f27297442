# augmented assignment on names, attributes, subscripts and slices
class Obj:
    def __init__(self):
        self.n = 1
        self.lst = [1]
o = Obj()
o.n += 5
o.n *= 2
o.lst += [2]
print(o.n, o.lst)
d = {"k": 1}
d["k"] += 10
d["k"] -= 1
d.setdefault("z", 0)
d["z"] |= 6
print(d)
lst = [1, 2, 3]
lst[0] += 100
lst[-1] **= 2
print(lst)
calls = []
def idx():
    calls.append("idx")
    return 1
lst[idx()] += 5
print(lst, calls)
s = "ab"
s += "cd"
s *= 2
print(s)
t = (1,)
t += (2,)
print(t)
f = 1.5
f //= 0.5
print(f)
b = b"x"
b += b"y"
print(b)
st = {1}
st |= {2}
st &= {2, 3}
st ^= {9}
st -= {9}
print(st)
m = [[0] * 2 for _ in range(2)]
m[1][0] += 7
print(m)
n = 10
n >>= 2
n <<= 4
n %= 7
n &= 3
n ^= 1
print(n)
class Counter:
    def __init__(self):
        self.reads = 0
        self._v = 0
    @property
    def v(self):
        self.reads += 1
        return self._v
    @v.setter
    def v(self, val):
        self._v = val
c = Counter()
c.v += 3
c.v += 3
print(c.v, c.reads)
x = y = 0
x += 1
print(x, y)
la = [1]
lb = la
la += [2]
print(lb)
ta = (1,)
tb = ta
ta += (2,)
print(tb, ta)
