# class definition, instances, attributes
class Point:
    dims = 2
    def __init__(self, x, y=0):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self
p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.dims, Point.dims)
p.move(1, 1).move(1, 1)
print(p.x, p.y)
q = Point(1)
print(q.y)
q.dims = 3
print(q.dims, Point.dims, p.dims)
Point.dims = 10
print(p.dims, q.dims)
p.extra = "dyn"
print(p.extra, hasattr(p, "extra"), hasattr(q, "extra"))
print(type(p).__name__, type(p) is Point, isinstance(p, Point), isinstance(3, Point))
m = p.norm2
print(m(), Point.norm2(p))
print(getattr(p, "x"), getattr(p, "nope", "default"))
setattr(p, "x", 100)
print(p.x)
delattr(p, "extra")
print(hasattr(p, "extra"))
try:
    p.missing
except AttributeError as e:
    print("AttributeError", e)
try:
    Point()
except TypeError as e:
    print("TypeError", e)
class Empty:
    pass
e = Empty()
e.a = 1
print(e.a, Empty.__name__)
class WithClassVarList:
    items = []
    def add(self, v):
        self.items.append(v)
a, b = WithClassVarList(), WithClassVarList()
a.add(1)
b.add(2)
print(WithClassVarList.items)
print(sorted(k for k in vars(p)))
print(p.__dict__ == {"x": 100, "y": 5})
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
for _ in range(3):
    Counter()
print(Counter.count)
class Nested:
    class Inner:
        v = "inner"
print(Nested.Inner.v, Nested.Inner().v)
