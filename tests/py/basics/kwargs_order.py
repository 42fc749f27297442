# keyword arguments preserve call order in **kwargs
def f(**kw):
    return list(kw)
print(f(z=1, a=2, m=3), f(**{"b": 1, "a": 2}), f(c=1, **{"b": 2}, a=3))
def g(a, **kw):
    return a, list(kw.items())
print(g(1, y=2, x=3), g(a=0, q=1), g(**{"a": 5, "z": 6}))
def h(*args, **kw):
    return args, kw
print(h(1, 2, k=3), h())
import functools
p = functools.partial(f, first=1)
print(p(second=2, first=0))
print(dict(b=1, a=2), list(dict(b=1, a=2)))
