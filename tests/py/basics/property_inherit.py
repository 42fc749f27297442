# properties across inheritance: override, extend via super(), setter in subclass
class Base:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, x):
        self._v = x
    @property
    def label(self):
        return "base"
class Child(Base):
    @property
    def label(self):
        return "child+" + super().label
    @Base.v.setter
    def v(self, x):
        self._v = x * 10
class ReadOnlyChild(Base):
    @property
    def v(self):
        return -self._v
b, c, r = Base(), Child(), ReadOnlyChild()
b.v = 2
c.v = 2
print(b.v, c.v, b.label, c.label, r.v)
try:
    r.v = 5
except AttributeError:
    print("AttributeError read-only in subclass")
print(isinstance(Child.v, property), Child.v.fget is Base.v.fget, Child.v.fset is Base.v.fset)
class Computed:
    def __init__(self, w, h):
        self.w, self.h = w, h
    area = property(lambda self: self.w * self.h)
    perimeter = property(lambda self: 2 * (self.w + self.h), doc="perimeter")
cc = Computed(3, 4)
print(cc.area, cc.perimeter)
cc.w = 10
print(cc.area, Computed.perimeter.__doc__)
