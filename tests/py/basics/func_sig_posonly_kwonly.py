# positional-only and keyword-only parameters
def f(a, b, /, c, d=4, *, e, f=6):
    return (a, b, c, d, e, f)


print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, d=0, e=5, f=7))


def attempt(call):
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)


attempt(lambda: f(1, 2, 3))
attempt(lambda: f(1, b=2, c=3, e=5))
attempt(lambda: f(a=1, b=2, c=3, e=5))
attempt(lambda: f(1, 2, 3, 4, 5, e=5))
attempt(lambda: f(1, 2, 3, e=5, g=1))
attempt(lambda: f(1, 2, 3, c=3, e=5))


# positional-only names can be reused in **kwargs
def g(x, /, **kw):
    return x, kw


print(g(1, x=2))


def h(*, only):
    return only


attempt(lambda: h(1))
attempt(lambda: h())
print(h(only="k"))


def k(a, /):
    return a


attempt(lambda: k())
attempt(lambda: k(a=1))
attempt(lambda: k(1, 2))


def m(a, b=2, /, *args, c, **kw):
    return a, b, args, c, kw


print(m(1, c=3), m(1, 5, 6, 7, c=0, z=1))
print(f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount, f.__code__.co_argcount)
print(f.__defaults__, sorted(f.__kwdefaults__.items()))
