# in-place operators: __iadd__ etc. with fallbacks to binary operators
class Acc:
    def __init__(self, v):
        self.v = v

    def __iadd__(self, o):
        self.v += o
        return self

    def __add__(self, o):
        return Acc(self.v + o + 1000)

    def __isub__(self, o):
        return NotImplemented

    def __sub__(self, o):
        return Acc(self.v - o)

    def __imul__(self, o):
        self.v *= o
        return None   # whatever is returned is bound


a = Acc(1)
b = a
a += 5
print(a.v, a is b)
a -= 1
print(a.v, a is b)
a *= 2
print(a)


class BinOnly:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return BinOnly(self.v + o)

    def __rshift__(self, o):
        return BinOnly(self.v >> o)


c = BinOnly(1)
d = c
c += 1
c >>= 1
print(c.v, c is d)
x = 5
try:
    x @= 2
except TypeError as e:
    print(type(e).__name__, e)
s = "ab"
s *= 3
print(s)
lst = [1]
alias = lst
lst += (2, 3)
print(alias, lst is alias)
try:
    lst = lst + (4,)
except TypeError as e:
    print(type(e).__name__, e)
t = (1,)
t2 = t
t += (2,)
print(t, t2, t is t2)
try:
    c **= "x"
except TypeError as e:
    print(type(e).__name__, e)
for op in ["+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^="]:
    ns = {"v": 12}
    exec("v %s 3" % op, ns)
    print(op, ns["v"])
