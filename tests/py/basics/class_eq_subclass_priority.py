# subclass reflected operators take priority over the left operand's method
class Base:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print("Base.__eq__")
        return self.v == getattr(o, "v", None)
    def __lt__(self, o):
        print("Base.__lt__")
        return self.v < o.v
    def __gt__(self, o):
        print("Base.__gt__")
        return self.v > o.v
    def __add__(self, o):
        return "Base.__add__"
    def __radd__(self, o):
        return "Base.__radd__"
    __hash__ = None
class Sub(Base):
    def __eq__(self, o):
        print("Sub.__eq__")
        return self.v == getattr(o, "v", None)
    def __gt__(self, o):
        print("Sub.__gt__")
        return self.v > o.v
    def __radd__(self, o):
        return "Sub.__radd__"
b, s = Base(1), Sub(2)
print(b == s)
print(b < s)
print(b + s, s + b, b + b)
print(s == b)
class Other:
    def __init__(self, v):
        self.v = v
print(b == Other(1), Other(1) == b)
