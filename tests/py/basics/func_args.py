# function parameter kinds
def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, sorted(kw.items())
print(f(1, c=3))
print(f(1, 5, 6, 7, c=8, e=9, d=0))
def g(a, b, /, c, *, d):
    return a, b, c, d
print(g(1, 2, 3, d=4), g(1, 2, c=3, d=4))
def h(x, y=[]):
    y.append(x)
    return y
print(h(1), h(2), h(3, []))
def k(*, only):
    return only
print(k(only=5))
def defaults(a=1, b="s", c=None, d=(1, 2)):
    return a, b, c, d
print(defaults(), defaults(b="t"), defaults(0, 0, 0, 0))
def varargs(*a):
    return a
print(varargs(), varargs(1), varargs(*"ab"))
def kwonly(**kw):
    return sorted(kw)
print(kwonly(), kwonly(z=1, a=2))
errors = [
    lambda: f(),
    lambda: f(1),
    lambda: g(1, b=2, c=3, d=4),
    lambda: g(1, 2, 3, 4),
    lambda: k(5),
    lambda: k(),
    lambda: defaults(1, a=2),
    lambda: defaults(zz=1),
    lambda: varargs(x=1),
    lambda: defaults(1, 2, 3, 4, 5),
]
for e in errors:
    try:
        e()
    except TypeError as ex:
        print("TypeError", ex)
def order(a, b, c):
    return a * 100 + b * 10 + c
print(order(1, 2, 3), order(c=3, b=2, a=1), order(1, c=3, b=2), order(*[1, 2], c=3), order(**{"a": 1, "b": 2, "c": 3}))
def ret_none():
    pass
def ret_multi():
    return 1, 2
print(ret_none(), ret_multi())
def doc():
    "docstring here"
    return 1
print(doc.__doc__, doc.__name__)
def early(x):
    if x:
        return "early"
    return "late"
print(early(1), early(0))
