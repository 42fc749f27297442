# functools.wraps preserves metadata; decorators on methods/staticmethods
import functools


def trace(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        r = f(*args, **kwargs)
        print("call %s%r -> %r" % (f.__name__, tuple(a if isinstance(a, int) else type(a).__name__ for a in args), r))
        return r
    return wrapper


@trace
def add(a, b=0):
    """Add two numbers."""
    return a + b


add(1, 2)
add(5)
print(add.__name__, add.__doc__, add.__wrapped__.__name__)


class K:
    @staticmethod
    @trace
    def s(x):
        return x * 2

    @classmethod
    @trace
    def c(cls, x):
        return cls.__name__ + str(x)

    @property
    @trace
    def p(self):
        return 42


K.s(3)
K().c(1)
print(K().p)


def memo(f):
    cache = {}

    @functools.wraps(f)
    def w(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    w.cache = cache
    return w


@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), len(fib.cache), fib.__name__)
