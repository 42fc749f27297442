# program: a Rational number class with full operator support
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
class Q:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("denominator is zero")
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n, self.d = n // g, d // g
    @staticmethod
    def of(x):
        return x if isinstance(x, Q) else Q(x)
    def __add__(self, o):
        o = Q.of(o)
        return Q(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        o = Q.of(o)
        return Q(self.n * o.d - o.n * self.d, self.d * o.d)
    def __rsub__(self, o):
        return Q.of(o) - self
    def __mul__(self, o):
        o = Q.of(o)
        return Q(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = Q.of(o)
        return Q(self.n * o.d, self.d * o.n)
    def __rtruediv__(self, o):
        return Q.of(o) / self
    def __neg__(self):
        return Q(-self.n, self.d)
    def __pow__(self, e):
        return Q(self.n ** e, self.d ** e) if e >= 0 else Q(self.d ** -e, self.n ** -e)
    def __eq__(self, o):
        o = Q.of(o)
        return self.n == o.n and self.d == o.d
    def __lt__(self, o):
        o = Q.of(o)
        return self.n * o.d < o.n * self.d
    def __hash__(self):
        return hash((self.n, self.d))
    def __float__(self):
        return self.n / self.d
    def __repr__(self):
        return "%d/%d" % (self.n, self.d) if self.d != 1 else str(self.n)
a, b = Q(1, 3), Q(2, 4)
print(a, b, a + b, a - b, a * b, a / b, -a, a ** 2, b ** -2, 1 + a, 1 - a, 2 * a, 1 / a)
print(a == Q(2, 6), a < b, sorted([b, a, Q(-1, 2)]), float(a), Q(6, -4), Q(0, 5))
h = Q(0)
for k in range(1, 11):
    h = h + Q(1, k)
print(h, float(h))
print(len({Q(1, 2), Q(2, 4), Q(3, 6), Q(1, 3)}))
e = Q(0)
f = Q(1)
for k in range(20):
    e = e + f
    f = f / (k + 1)
print(e.n.bit_length(), round(float(e), 12))
try:
    Q(1, 0)
except ZeroDivisionError as ex:
    print("ZeroDivisionError", ex)
try:
    a / Q(0)
except ZeroDivisionError as ex:
    print("ZeroDivisionError", ex)
