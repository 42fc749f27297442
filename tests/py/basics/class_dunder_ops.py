# arithmetic dunders, reflected and in-place
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "V(%r, %r)" % (self.x, self.y)
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return V(self.x * k, self.y * k)
        return NotImplemented
    def __rmul__(self, k):
        return self * k
    def __truediv__(self, k):
        return V(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return V(self.x // k, self.y // k)
    def __mod__(self, k):
        return V(self.x % k, self.y % k)
    def __pow__(self, k):
        return V(self.x ** k, self.y ** k)
    def __neg__(self):
        return V(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __invert__(self):
        return V(self.y, self.x)
    def __radd__(self, o):
        return V(self.x + o, self.y + o)
a, b = V(1, 2), V(3, 4)
print(a + b, b - a, a * 3, 3 * a, b / 2, b // 2, b % 2, a ** 2, -a, +a, abs(b), ~a)
print(10 + a, sum([a, b], V(0, 0)))
try:
    a + "s"
except TypeError as e:
    print("TypeError", e)
try:
    "s" * a
except TypeError as e:
    print("TypeError", e)
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, v):
        self.items.append(v)
        return self
    def __repr__(self):
        return "Acc%r" % (self.items,)
acc = Acc()
ref = acc
acc += 1
acc += 2
print(acc, ref is acc)
c = V(1, 1)
c += V(1, 1)
print(c)
class Bits:
    def __init__(self, v):
        self.v = v
    def __and__(self, o): return Bits(self.v & o.v)
    def __or__(self, o): return Bits(self.v | o.v)
    def __xor__(self, o): return Bits(self.v ^ o.v)
    def __lshift__(self, n): return Bits(self.v << n)
    def __rshift__(self, n): return Bits(self.v >> n)
    def __rlshift__(self, n): return n << self.v
    def __repr__(self): return "Bits(%d)" % self.v
print(Bits(12) & Bits(10), Bits(12) | Bits(3), Bits(5) ^ Bits(1), Bits(1) << 4, Bits(16) >> 2, 1 << Bits(3))
class Both:
    def __add__(self, o): return "left"
    def __radd__(self, o): return "right"
print(Both() + 1, 1 + Both(), Both() + Both())
class SubV(V):
    def __radd__(self, o):
        return "SubV radd"
    def __add__(self, o):
        return "SubV add"
print(V(0, 0) + SubV(1, 1))
