# operator.itemgetter / attrgetter / methodcaller: repr, multiple keys, errors
import operator as op
print(repr(op.itemgetter(1)), repr(op.itemgetter(1, "a")), repr(op.attrgetter("x")), repr(op.attrgetter("a.b", "c")))
print(repr(op.methodcaller("m")), repr(op.methodcaller("m", 1, k=2)))
print(op.itemgetter(-1)([1, 2, 3]), op.itemgetter(0, 0)("ab"), op.itemgetter("k")({"k": 1}))
class N:
    pass
a = N(); a.b = N(); a.b.c = 5; a.x = "top"
print(op.attrgetter("b.c")(a), op.attrgetter("x", "b.c")(a))
for bad in [lambda: op.itemgetter(), lambda: op.attrgetter(), lambda: op.attrgetter(1),
            lambda: op.methodcaller(), lambda: op.methodcaller(1),
            lambda: op.itemgetter(5)([1]), lambda: op.itemgetter("z")({}),
            lambda: op.attrgetter("b.zz")(a), lambda: op.methodcaller("nope")(a),
            lambda: op.itemgetter(1)(5), lambda: op.itemgetter(1)([1, 2], 3)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
mc = op.methodcaller("split", ",", maxsplit=1)
print(mc("a,b,c"), sorted(["b", "A", "c"], key=op.methodcaller("lower")))
print(list(map(op.itemgetter(0), ["xy", "zw"])), op.attrgetter("real", "imag")(3 + 4j))
