# functools.lru_cache: hits/misses, maxsize eviction, typed, cache_clear, cache
import functools
@functools.lru_cache(maxsize=2)
def sq(x):
    print("compute", x)
    return x * x
print(sq(2), sq(2), sq(3), sq(4), sq(2))
print(sq.cache_info())
sq.cache_clear()
print(sq.cache_info())
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info())
@functools.lru_cache(typed=True)
def ident(x):
    print("call", type(x).__name__)
    return x
ident(1); ident(1.0); ident(1)
print(ident.cache_info())
@functools.lru_cache
def noargs():
    print("noargs run")
    return 42
print(noargs(), noargs(), noargs.cache_info().hits)
@functools.cache
def double(x):
    return 2 * x
print(double(4), double(4), double.cache_info())
try:
    sq([1])
except TypeError as e:
    print("TypeError", e)
print(sq.__wrapped__(5), sq.__name__)
@functools.lru_cache(maxsize=0)
def z(x):
    return x
z(1); z(1)
print(z.cache_info())
