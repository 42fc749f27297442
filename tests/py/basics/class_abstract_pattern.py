# abstract-base pattern with NotImplementedError, template methods, and mixins
class Shape:
    def area(self):
        raise NotImplementedError(type(self).__name__ + ".area")
    def describe(self):
        return "%s with area %.2f" % (type(self).__name__, self.area())
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
class Blob(Shape):
    pass
for s in [Circle(1), Sq(3), Blob()]:
    try:
        print(s.describe())
    except NotImplementedError as e:
        print("NotImplementedError", e)
class JsonMixin:
    def to_json(self):
        parts = []
        for k in sorted(vars(self)):
            v = getattr(self, k)
            parts.append('"%s": %s' % (k, '"%s"' % v if isinstance(v, str) else v))
        return "{" + ", ".join(parts) + "}"
class EqMixin:
    def __eq__(self, o):
        return type(self) is type(o) and vars(self) == vars(o)
class Point(JsonMixin, EqMixin):
    def __init__(self, x, y, label="p"):
        self.x, self.y, self.label = x, y, label
p = Point(1, 2)
print(p.to_json(), p == Point(1, 2), p == Point(1, 3), p != Point(1, 2))
print([c.__name__ for c in Point.__mro__])
