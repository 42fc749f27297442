# properties with getters, setters, deleters, docs, inheritance overrides
class Temp:
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        """temperature in C"""
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v

    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None

    fahrenheit = property(lambda self: self._c * 9 / 5 + 32)


t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
del t.celsius
print(t.celsius)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)
print(Temp.celsius.__doc__, type(Temp.celsius).__name__)
p = Temp.celsius
print(p.fget is not None, p.fset is not None, p.fdel is not None, Temp.fahrenheit.fset)


class Sub(Temp):
    @Temp.celsius.getter
    def celsius(self):
        return "sub:%s" % self._c


s = Sub()
s.celsius = 5
print(s.celsius)


class RO:
    @property
    def x(self):
        return 1


r = RO()
try:
    r.x = 2
except AttributeError as e:
    print(type(e).__name__, e)


class Err:
    @property
    def bad(self):
        raise AttributeError("inner problem")

    def __getattr__(self, name):
        return "fallback " + name


print(Err().bad)
