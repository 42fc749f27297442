# bound/unbound methods, methods stored in containers, method identity
class C:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
    def add(self, n):
        self.v += n
        return self
a, b = C(1), C(2)
ga, gb = a.get, b.get
print(ga(), gb(), C.get(a), C.get(b))
a.v = 10
print(ga())
methods = [a.get, b.get, a.add]
print([m() for m in methods[:2]], methods[2](5).v)
print(a.get == a.get, a.get == b.get, a.get.__self__ is a, a.get.__func__ is C.get)
f = C.add
print(f(b, 3).v)
class D(C):
    def get(self):
        return "D:" + str(super().get())
d = D(7)
print(d.get(), C.get(d), D.get(d))
callbacks = {"inc": d.add}
callbacks["inc"](1)
print(d.v)
print(list(map(C.get, [a, b, d])), sorted([a, b, d], key=C.get if False else (lambda o: o.v)) == [b, d, a])
def standalone(self):
    return "standalone " + str(self.v)
C.extra = standalone
print(a.extra(), d.extra())
a.inst_fn = standalone
try:
    a.inst_fn()
except TypeError as e:
    print("TypeError", e)
print(a.inst_fn(a))
