# function and class decorators
def trace(f):
    def wrapper(*args, **kw):
        print("call", f.__name__, args)
        r = f(*args, **kw)
        print("ret", r)
        return r
    return wrapper
@trace
def add(a, b):
    return a + b
add(1, 2)
def repeat(n):
    def deco(f):
        def wrapper(*a):
            return [f(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bob"))
def d1(f):
    return lambda: "d1(" + f() + ")"
def d2(f):
    return lambda: "d2(" + f() + ")"
@d1
@d2
def base():
    return "base"
print(base())
registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls
@register
class A:
    pass
@register
class B:
    pass
print(registry)
def add_method(cls):
    cls.extra = lambda self: "extra!"
    return cls
@add_method
class C:
    pass
print(C().extra())
class Memo:
    def __init__(self, f):
        self.f = f
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.f(n)
        return self.cache[n]
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache))
deco_list = [d1]
@deco_list[0]
def indexed():
    return "x"
print(indexed())
