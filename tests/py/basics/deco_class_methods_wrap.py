# decorators that wrap methods keep working as methods (binding through functions)
def logged(f):
    def wrapper(*args, **kwargs):
        print("->", f.__name__, args[1:], kwargs)
        return f(*args, **kwargs)
    return wrapper


class Calc:
    def __init__(self, base):
        self.base = base

    @logged
    def add(self, x):
        return self.base + x

    @classmethod
    @logged
    def make(cls, b):
        return cls(b)

    @staticmethod
    @logged
    def pure(a, b=1):
        return a * b


c = Calc.make(10)
print(c.add(5), Calc.pure(None, 3) if False else Calc.pure(2, b=4))
bound = c.add
print(bound(1), Calc.add(c, 2))


class Wrapper:
    """a descriptor-less callable wrapper does not bind"""
    def __init__(self, f):
        self.f = f

    def __call__(self, *a):
        return self.f(*a)


class User:
    @Wrapper
    def m(*args):
        return len(args)


print(User().m(), User.m(1, 2))
