# closures: shared cells, late binding, __closure__ contents
def counter():
    n = 0

    def inc():
        nonlocal n
        n += 1
        return n

    def get():
        return n
    return inc, get


inc, get = counter()
inc()
inc()
print(get(), inc(), get())
print(len(inc.__closure__), inc.__closure__[0].cell_contents)
print(inc.__code__.co_freevars, counter.__code__.co_cellvars)


def outer():
    fns = []
    for i in range(3):
        def f():
            return i
        fns.append(f)
    i = 99
    return [f() for f in fns]


print(outer())


def unbound():
    def f():
        return v
    try:
        f()
    except NameError as e:
        print(type(e).__name__, e)
    v = 1
    return f()


print(unbound())


def make_adders():
    return [lambda x, n=n: x + n for n in range(3)]


print([a(10) for a in make_adders()])


# closure over a class-level name is not possible; over function parameters is
def param_closure(a, *args, k=1, **kw):
    return lambda: (a, args, k, kw)


print(param_closure(1, 2, k=3, z=4)())
print(param_closure.__closure__, (lambda: 0).__closure__)
