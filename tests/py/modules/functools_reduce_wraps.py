import functools
from functools import reduce

print(reduce(lambda a, b: a + b, [1, 2, 3]), reduce(lambda a, b: a + b, [], 10), reduce(max, [5], 0))
print(reduce(lambda a, b: a * b, range(1, 6), 1), reduce(lambda a, b: a + [b], "ab", []))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError", e)
try:
    reduce(lambda a, b: a, 5)
except TypeError as e:
    print("TypeError", e)
try:
    reduce(max)
except TypeError as e:
    print("TypeError", e)

def deco(fn):
    @functools.wraps(fn)
    def inner(*a, **k):
        return fn(*a, **k)
    return inner

@deco
def target(x):
    "Doc for target."
    return x * 2
target.__dict__
print(target.__name__, target.__doc__, target.__qualname__, target(4), target.__wrapped__.__name__)

def g():
    pass
def h():
    "h doc"
g.extra = 42
functools.update_wrapper(h, g)
print(h.__name__, h.__doc__, h.extra, h.__wrapped__ is g)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
