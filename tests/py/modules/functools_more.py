# functools.partial details and reduce patterns
from functools import partial, reduce
def f(a, b, c=3, *rest, **kw):
    return (a, b, c, rest, sorted(kw.items()))
p = partial(f, 1)
print(p(2), p(2, 4, 5, 6, z=1), partial(f, 1, 2, k=0)(c=9))
print(p.func is f, p.args, p.keywords)
pp = partial(p, 5)
print(pp(), pp(c=7))
int2 = partial(int, base=2)
print(int2("1010"), int2("1111", base=10))
print(reduce(lambda acc, x: acc * 10 + x, [1, 2, 3, 4]), reduce(lambda a, b: a if a > b else b, "python"))
print(reduce(lambda d, kv: {**d, kv[0]: kv[1]}, [("a", 1), ("b", 2)], {}))
print(reduce(lambda a, b: a + [b * b], range(5), []))
