# property, classmethod, staticmethod
class Temp:
    scale = "C"
    def __init__(self, c):
        self._c = c
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v
    @c.deleter
    def c(self):
        print("deleting")
        self._c = None
    @property
    def f(self):
        return self._c * 9 / 5 + 32
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
    @staticmethod
    def valid(v):
        return v >= -273
    @classmethod
    def get_scale(cls):
        return cls.__name__ + ":" + cls.scale
t = Temp(100)
print(t.c, t.f)
t.c = 0
print(t.c, t.f)
try:
    t.c = -300
except ValueError as e:
    print("ValueError", e)
try:
    t.f = 5
except AttributeError as e:
    print("AttributeError")
del t.c
print(t.c)
print(Temp.from_f(212).c, Temp.valid(-300), t.valid(5), Temp.get_scale(), t.get_scale())
class Sub(Temp):
    scale = "S"
print(Sub.get_scale(), type(Sub.from_f(32)).__name__)
class Lazy:
    def __init__(self):
        self.calls = 0
    def _get(self):
        self.calls += 1
        return self.calls
    value = property(_get)
z = Lazy()
print(z.value, z.value, z.calls)
print(type(Temp.__dict__["c"]).__name__)
class Ctr:
    n = 0
    @classmethod
    def make(cls):
        cls.n += 1
        return cls()
Ctr.make(); Ctr.make()
print(Ctr.n)
sm = Temp.valid
print(sm(0))
