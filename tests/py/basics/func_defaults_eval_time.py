# default values are evaluated once at def time; mutable default pitfalls
log = []


def dv(x):
    log.append(x)
    return x


def f(a=dv(1), b=dv(2)):
    return a, b


print(log)
f()
f()
print(log)


def append_to(item, lst=[]):
    lst.append(item)
    return lst


print(append_to(1), append_to(2), append_to(3, []))
print(append_to.__defaults__)


def safe(item, lst=None):
    if lst is None:
        lst = []
    lst.append(item)
    return lst


print(safe(1), safe(2))

# defaults can be replaced via __defaults__ / __kwdefaults__
def g(a, b=10, *, c=20):
    return a, b, c


g.__defaults__ = (99,)
g.__kwdefaults__ = {"c": -1}
print(g(0))
g.__defaults__ = None
try:
    g(0)
except TypeError as e:
    print(type(e).__name__, e)

# default referring to earlier global rebinding
x = "first"


def h(v=x):
    return v


x = "second"
print(h())

# default in nested defs evaluated each time the outer runs
def outer(n):
    def inner(k=n * 2):
        return k
    return inner


print(outer(1)(), outer(5)())
# defaults are evaluated left to right, positional before keyword-only
order = []
def m(a=order.append("a"), *, k=order.append("k"), b=order.append("b")):
    pass
print(order)
