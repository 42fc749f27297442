import operator as op

g = op.itemgetter(1)
print(g("abc"), op.itemgetter(0, 2)("abc"), op.itemgetter("k")({"k": 9}), op.itemgetter(slice(1, None))([1, 2, 3]))
a = op.attrgetter("real")
print(a(3), op.attrgetter("real", "imag")(1 + 2j), op.attrgetter("__class__.__name__")(5))
m = op.methodcaller("split", ",", 1)
print(m("a,b,c"), op.methodcaller("upper")("x"))
print(op.add(1, 2), op.sub(5, 3), op.mul("a", 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 5))
print(op.neg(5), op.pos(-5), op.abs(-3), op.inv(5), op.invert(0), op.not_(1), op.truth([]))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.gt(1, 2), op.ge(3, 2))
print(op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.lshift(1, 4), op.rshift(32, 2), op.is_(None, None), op.is_not(1, None))
print(op.contains([1, 2], 2), op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"), op.concat([1], [2]), op.index(7))
l = [1, 2, 3]
op.setitem(l, 0, 9); op.delitem(l, 1); print(l, op.getitem(l, -1), op.length_hint([1, 2]), op.length_hint(object(), 5))
x = [1]; print(op.iadd(x, [2]), x, op.iconcat([0], [1]), op.imul([1], 2))
try:
    op.indexOf([1], 5)
except ValueError as e:
    print("ValueError", e)
try:
    op.itemgetter()
except TypeError as e:
    print("TypeError", e)
try:
    op.attrgetter(1)
except TypeError as e:
    print("TypeError", e)
try:
    op.concat(1, 2)
except TypeError as e:
    print("TypeError", e)
print(repr(op.itemgetter(1, "a")), repr(op.attrgetter("x.y")), repr(op.methodcaller("f", 1, k=2)))
for f in (op.attrgetter, op.methodcaller):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
print(op.methodcaller("count", "a")("banana"), op.methodcaller("get", "k", default=1) if False else "")
