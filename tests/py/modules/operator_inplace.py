# operator in-place functions: mutation of lists vs rebinding for immutables
import operator as op
l = [1]
r = op.iadd(l, [2])
print(r, l, r is l)
r = op.imul(l, 2); print(r, r is l)
s = {1}
print(op.ior(s, {2}), s, op.iand(s, {2}), s, op.ixor(s, {3}), op.isub({1, 2}, {1}))
print(op.iadd(1, 2), op.isub(5, 3), op.imul("a", 3), op.itruediv(7, 2), op.ifloordiv(7, 2), op.imod(7, 4))
print(op.ipow(2, 5), op.ilshift(1, 3), op.irshift(16, 2), op.iand(6, 3), op.ior(6, 3), op.ixor(6, 3))
t = (1,)
print(op.iconcat(t, (2,)), t)
class A:
    def __init__(self):
        self.log = []
    def __iadd__(self, o):
        self.log.append(o)
        return self
    def __add__(self, o):
        return "plain"
a = A()
print(op.iadd(a, 1) is a, a.log, op.add(a, 1))
class B:
    def __add__(self, o):
        return "add-fallback"
print(op.iadd(B(), 1))
