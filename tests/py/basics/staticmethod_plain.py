# staticmethod/classmethod/property created without decorator syntax
class Tools:
    def _double(x):
        return x * 2
    double = staticmethod(_double)
    def _make(cls, v):
        obj = cls()
        obj.v = v
        return obj
    make = classmethod(_make)
    def _get(self):
        return self.v * 10
    def _set(self, val):
        self.v = val // 10
    tenfold = property(_get, _set)
print(Tools.double(4), Tools().double(5))
t = Tools.make(3)
print(type(t).__name__, t.v, t.tenfold)
t.tenfold = 70
print(t.v, t.tenfold)
class Sub(Tools):
    pass
s = Sub.make(1)
print(type(s).__name__, s.tenfold, Sub.double("ab"))
sm = staticmethod(len)
cm = classmethod(lambda cls: cls.__name__)
class Late:
    size = sm
    name = cm
print(Late.size("abc"), Late.name(), Late().name())
