# decorators applied to methods, class-based decorators with arguments
def logged(fn):
    def wrapper(self, *a):
        result = fn(self, *a)
        self.calls.append((fn.__name__, a, result))
        return result
    return wrapper
class Validate:
    def __init__(self, *types):
        self.types = types
    def __call__(self, fn):
        def wrapper(*args):
            for a, t in zip(args[1:], self.types):
                if not isinstance(a, t):
                    raise TypeError("%s expected %s" % (fn.__name__, t.__name__))
            return fn(*args)
        return wrapper
class Calc:
    def __init__(self):
        self.calls = []
    @logged
    def add(self, a, b):
        return a + b
    @logged
    @Validate(int, int)
    def mul(self, a, b):
        return a * b
    @staticmethod
    @Validate(str)
    def shout(s):
        return s.upper()
c = Calc()
print(c.add(1, 2), c.mul(3, 4), c.add("a", "b"))
try:
    c.mul(1.5, 2)
except TypeError as e:
    print("TypeError", e)
print(c.calls)
print(Calc.shout("hi") if False else "skip-static", c.shout.__name__ if hasattr(c.shout, "__name__") else "wrapper")
