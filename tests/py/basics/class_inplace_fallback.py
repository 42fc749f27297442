# in-place operators: __iadd__ vs __add__ fallback, NotImplemented, mutability effects
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("__add__")
        return OnlyAdd(self.v + o)
class WithIadd(OnlyAdd):
    def __iadd__(self, o):
        print("__iadd__")
        self.v += o
        return self
a = OnlyAdd(1)
orig = a
a += 1
print(a.v, a is orig)
b = WithIadd(1)
orig = b
b += 1
print(b.v, b is orig)
class NI:
    def __iadd__(self, o):
        print("NI.__iadd__ -> NotImplemented")
        return NotImplemented
    def __add__(self, o):
        print("NI.__add__")
        return "added"
n = NI()
n += 1
print(n)
class ReturnsOther:
    def __imul__(self, o):
        return "replaced"
r = ReturnsOther()
r *= 3
print(r)
class Neither:
    pass
x = Neither()
try:
    x += 1
except TypeError as e:
    print("TypeError", e)
class Rop:
    def __radd__(self, o):
        return "radd with " + repr(o)
y = 5
y += Rop()
print(y)
