# stacked decorators, decorators with arguments, application order
order = []


def tag(name):
    order.append("factory " + name)

    def deco(f):
        order.append("apply " + name)

        def wrapper(*a, **k):
            return "<%s>%s</%s>" % (name, f(*a, **k), name)
        wrapper.__name__ = f.__name__
        return wrapper
    return deco


@tag("b")
@tag("i")
def text(s):
    return s


print(order)
print(text("hi"), text.__name__)


def count_calls(f):
    def w(*a):
        w.calls += 1
        return f(*a)
    w.calls = 0
    return w


@count_calls
def sq(x):
    return x * x


print([sq(i) for i in range(4)], sq.calls)


# decorator expression can be any expression (PEP 614)
decos = {"twice": lambda f: lambda x: f(f(x))}


@decos["twice"]
def inc(x):
    return x + 1


print(inc(0))


@(lambda f: f)
def ident():
    return "ident"


print(ident())


# decorator returning a non-function
@type
def weird():
    pass


print(weird.__name__)


def repeat(n=2):
    def d(f):
        return lambda *a: [f(*a) for _ in range(n)]
    return d


@repeat()
def one():
    return 1


@repeat(n=3)
def two():
    return 2


print(one(), two())
