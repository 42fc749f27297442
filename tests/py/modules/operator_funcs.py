# operator: function forms of operators, itemgetter/attrgetter/methodcaller
import operator as op
print(op.add(2, 3), op.sub(2, 3), op.mul(4, 5), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10))
print(op.neg(5), op.pos(-5), op.abs(-3), op.inv(5), op.invert(0), op.lshift(1, 4), op.rshift(32, 2))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.not_(0), op.truth([]), op.index(7))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2))
print(op.is_(None, None), op.is_not(1, None), op.contains([1, 2], 2), op.concat([1], [2]), op.concat("a", "b"))
print(op.countOf([1, 2, 1, 1], 1), op.indexOf("abc", "c"), op.getitem({"k": 9}, "k"))
l = [1, 2, 3]
op.setitem(l, 0, 10)
op.delitem(l, 1)
print(l, op.iadd([1], [2]), op.imul("ab", 2), op.ior(1, 6), op.length_hint([1, 2, 3]), op.length_hint(object(), 5))
g = op.itemgetter(1)
g2 = op.itemgetter(0, 2)
print(g("abc"), g2("abc"), g({1: "one"}), op.itemgetter(slice(1, None))([1, 2, 3]))
print(sorted([("b", 2), ("a", 3), ("c", 1)], key=op.itemgetter(1)))
class P:
    def __init__(self, name, inner=None):
        self.name = name
        self.inner = inner
    def greet(self, greeting, punct="!"):
        return greeting + " " + self.name + punct
p = P("x", P("y"))
print(op.attrgetter("name")(p), op.attrgetter("inner.name")(p), op.attrgetter("name", "inner.name")(p))
print(op.methodcaller("greet", "hi")(p), op.methodcaller("greet", "yo", punct="?")(p), op.methodcaller("upper")("abc"))
print(list(map(op.mul, [1, 2, 3], [4, 5, 6])), op.eq is op.__eq__)
try:
    op.attrgetter("missing")(p)
except AttributeError:
    print("AttributeError")
