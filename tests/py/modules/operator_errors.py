# operator: errors from function forms (type errors, bad indexes, missing items)
import operator as op
def t(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)
t(op.add, 1, "a")
t(op.sub, "a", "b")
t(op.truediv, 1, 0)
t(op.floordiv, 1, 0)
t(op.mod, 1, 0)
t(op.neg, "x")
t(op.inv, 1.5)
t(op.index, 1.5)
t(op.index, "3")
t(op.concat, 1, 2)
t(op.concat, [1], (2,))
t(op.concat, "a", 1)
t(op.indexOf, [1, 2], 3)
t(op.getitem, [1], 5)
t(op.getitem, {}, "k")
t(op.delitem, [], 0)
t(op.setitem, (1,), 0, 2)
t(op.lt, 1, "a")
t(op.contains, 5, 1)
t(op.length_hint, [1], "x")
t(op.countOf, 5, 1)
t(op.matmul, 1, 2)
t(op.lshift, 1, -1)
t(op.pow, 0, -1)
t(op.iconcat, [1], 5)
t(op.iconcat, [1], [2])
t(op.is_, 1, 1)
for f, a in [(op.add, (1,)), (op.neg, ()), (op.setitem, (1, 2)), (op.length_hint, ()), (op.index, ()),
             (op.add, (1, 2, 3)), (op.truth, ()), (op.countOf, (1,)), (op.length_hint, (1, 2, 3)),
             (op.iadd, (1,)), (op.not_, (1, 2)), (op.is_not, ())]:
    t(f, *a)
class H:
    def __init__(self, v):
        self.v = v
    def __length_hint__(self):
        return self.v
for v in [3, -1, "x", NotImplemented]:
    t(op.length_hint, H(v), 7)
t(op.iconcat, 5, [1])
t(op.indexOf, 5, 1)
