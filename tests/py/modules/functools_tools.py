# functools: partial, reduce, wraps, lru_cache/cache, cmp_to_key, total_ordering
import functools
from functools import partial, reduce, wraps, lru_cache, cache, cmp_to_key, total_ordering
def power(base, exp=2, *, mod=None):
    r = base ** exp
    return r % mod if mod else r
sq = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=7)
print(sq(5), cube_mod(4), partial(power, 2)(10), sq.func is power, sq.args, sq.keywords)
p2 = partial(partial(max, 1), 5)
print(p2(3), p2.args)
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 42), reduce(max, [3, 9, 2]))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError", e)
def deco(f):
    @wraps(f)
    def wrapper(*a, **k):
        """wrapper doc"""
        return f(*a, **k) + 1
    return wrapper
@deco
def answer():
    """The answer."""
    return 41
print(answer(), answer.__name__, answer.__doc__, answer.__wrapped__() )
calls = []
@lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), len(calls), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
@cache
def sq2(x):
    calls.append(x)
    return x * x
calls.clear()
print(sq2(4), sq2(4), sq2(5), calls)
@lru_cache(maxsize=2)
def ident(x):
    calls.append(x)
    return x
calls.clear()
for x in [1, 2, 1, 3, 2, 1]:
    ident(x)
print(calls, ident.cache_info())
words = ["pear", "fig", "banana", "kiwi"]
print(sorted(words, key=cmp_to_key(lambda a, b: len(a) - len(b))))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: (a < b) - (a > b))))
@total_ordering
class Version:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == other.n
    def __lt__(self, other):
        return self.n < other.n
a, b = Version(1), Version(2)
print(a < b, a <= b, a > b, a >= b, b >= b, b > a, a == Version(1))
print(max([Version(3), Version(7), Version(5)]).n)
