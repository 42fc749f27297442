# generator lifecycle: running flag, re-entrancy error, exhaustion
def gen():
    yield 1
    yield 2


g = gen()
print(g.gi_running if hasattr(g, "gi_running") else False)
print(next(g), next(g))
print(next(g, "exhausted"), next(g, "still"))


def reenter():
    yield next(me)


me = reenter()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)

# a generator raising StopIteration inside becomes RuntimeError (PEP 479)
def leaky():
    yield 1
    raise StopIteration("inner")


try:
    list(leaky())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)


def leaky_next():
    it = iter([])
    yield next(it)


try:
    next(leaky_next())
except RuntimeError as e:
    print(type(e).__name__, e)


# generators are iterators
g = gen()
print(iter(g) is g, hasattr(g, "__next__"), hasattr(g, "send"))
# yield as an expression inside other expressions
def acc():
    total = 0
    while True:
        total += (yield total) or 0


a = acc()
next(a)
print(a.send(5), a.send(10), a.send(None), next(a))
