# classmethod/staticmethod in inheritance, super() from classmethods, alternative constructors
class Shape:
    registry = []
    def __init__(self, *dims):
        self.dims = dims
    @classmethod
    def create(cls, *dims):
        obj = cls(*dims)
        Shape.registry.append(cls.__name__)
        return obj
    @classmethod
    def describe(cls):
        return "shape:" + cls.__name__
    @staticmethod
    def unit():
        return "cm"
    def area(self):
        raise NotImplementedError("area for " + type(self).__name__)
class Rect(Shape):
    def area(self):
        return self.dims[0] * self.dims[1]
    @classmethod
    def describe(cls):
        return "rect<" + super().describe() + ">"
class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
    @staticmethod
    def unit():
        return "mm"
shapes = [Rect.create(2, 3), Square.create(4), Shape.create(1)]
for s in shapes:
    try:
        print(type(s).__name__, s.area(), s.unit(), s.describe())
    except NotImplementedError as e:
        print("NotImplementedError", e, s.describe())
print(Shape.registry, Square.describe(), Rect.unit(), Square().unit() if False else Square.unit())
cm = Square.create
print(cm(5).area(), cm.__self__ is Square if hasattr(cm, "__self__") else True)
class Config:
    defaults = {"a": 1}
    @classmethod
    def with_overrides(cls, **kw):
        d = dict(cls.defaults)
        d.update(kw)
        return d
class Child(Config):
    defaults = {"a": 2, "b": 3}
print(Config.with_overrides(c=1), Child.with_overrides(a=0))
