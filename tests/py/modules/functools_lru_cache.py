import functools

calls = []
@functools.lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x

print(sq(2), sq(2), sq(3), sq(4), sq(2), calls)
print(sq.cache_info())
sq.cache_clear()
print(sq.cache_info())

@functools.lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(50), fib.cache_info().hits > 0)

@functools.lru_cache(maxsize=None)
def ident(x):
    return x
print(ident(1), ident(1), ident.cache_info())

@functools.cache
def c(x):
    return [x]
print(c(1) is c(1))
print(fib.__name__, sq.__wrapped__(5))
try:
    functools.lru_cache(maxsize="x")
except TypeError as e:
    print("TypeError", e)
