# functools: reduce, partial, wraps, lru_cache
import functools
print(functools.reduce(lambda a, b: a + b, [1, 2, 3, 4]), functools.reduce(lambda a, b: a * b, [1, 2, 3], 10))
print(functools.reduce(max, [3, 9, 2]), functools.reduce(lambda a, b: a + b, [], 0))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError:
    print("TypeError empty reduce")
def power(base, exp, mod=None):
    return pow(base, exp, mod) if mod else base ** exp
square = functools.partial(power, exp=2)
cube_mod = functools.partial(power, exp=3, mod=5)
two_to = functools.partial(power, 2)
print(square(7), cube_mod(4), two_to(10), two_to(exp=5))
def deco(f):
    @functools.wraps(f)
    def wrapper(*a):
        return f(*a)
    return wrapper
@deco
def documented():
    "the doc"
    return 1
print(documented.__name__, documented.__doc__, documented())
calls = []
@functools.lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), len(calls))
