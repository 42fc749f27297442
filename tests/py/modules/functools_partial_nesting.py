# functools.partial: nesting flattens, keyword merging/overriding, attributes, repr
from functools import partial
def f(a, b, c=3, *rest, **kw):
    return (a, b, c, rest, sorted(kw.items()))
p1 = partial(f, 1)
p2 = partial(p1, 2, k=1)
p3 = partial(p2, c=30, k=2)
print(p1(2), p2(), p3(), p3(k=9), p2(5, 6, 7))
print(p3.func is f, p3.args, sorted(p3.keywords.items()))
print(repr(partial(f, 1, x="y")).replace(hex(id(f)), "ID"))
print(repr(partial(len, [1, 2])))
print(repr(partial(max, 1, key=abs)))
class C:
    def m(self, x):
        return x * 2
print(partial(C.m, C())(4), partial(partial(int, "10"), base=2)())
try:
    partial()
except TypeError as e:
    print("TypeError", e)
try:
    partial(5)
except TypeError as e:
    print("TypeError", e)
p = partial(f, 1)
p.attr = "x"
print(p.attr)
try:
    p.func = len
except AttributeError as e:
    print("AttributeError")
print(partial(f, 1, 2)(c=4, z=0))
try:
    partial(f)()
except TypeError as e:
    print("TypeError", e)
