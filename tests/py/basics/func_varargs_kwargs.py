# *args and **kwargs collection and forwarding
def show(*args, **kwargs):
    return args, sorted(kwargs.items())


print(show())
print(show(1, 2, x=3))
print(show(*range(3), *"ab", **{"k": 1}, **{"j": 2}))


def fwd(*a, **k):
    return show(*a, **k)


print(fwd(1, z=0))


def mixed(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw


print(mixed(1, c=3))
print(mixed(1, 2, 3, 4, c=5, e=6))
print(mixed(*[1, 2, 3], **{"c": 0, "d": 1, "x": 2}))

# args is a tuple, kwargs a fresh dict
def mutate(*args, **kwargs):
    kwargs["new"] = 1
    return type(args).__name__, kwargs


src = {"a": 1}
print(mutate(**src), src)

# duplicate keyword via ** merge
def attempt(f):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)


attempt(lambda: show(**{"a": 1}, **{"a": 2}))
attempt(lambda: show(a=1, **{"a": 2}))
attempt(lambda: mixed(1, 2, b=3, c=4))
attempt(lambda: show(**{"ok": 1, 2: 3}))


class M:
    def keys(self):
        return ["p", "q"]

    def __getitem__(self, k):
        return k.upper()


print(show(**M()))
# iterable unpacking from generators
print(show(*(i * i for i in range(4))))
# kwargs order preserved
def order(**kw):
    return list(kw)


print(order(z=1, a=2, m=3), order(**{"b": 1}, a=2))
