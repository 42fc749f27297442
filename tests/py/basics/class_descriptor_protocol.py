# data vs non-data descriptors, precedence over instance dict, __set_name__
class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        self.owner = owner.__name__

    def __init__(self, kind):
        self.kind = kind

    def __get__(self, obj, objtype=None):
        if obj is None:
            return "descriptor on " + objtype.__name__
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("%s must be %s" % (self.name[1:], self.kind.__name__))
        setattr(obj, self.name, value)

    def __delete__(self, obj):
        delattr(obj, self.name)


class Person:
    name = Typed(str)
    age = Typed(int)

    def __init__(self, name, age):
        self.name = name
        self.age = age


p = Person("ann", 30)
print(p.name, p.age, Person.name, Person.__dict__["age"].owner)
try:
    p.age = "old"
except TypeError as e:
    print(type(e).__name__, e)
del p.age
print(hasattr(p, "_age"))
# data descriptor wins over the instance dict
p.__dict__["name"] = "shadow"
print(p.name)


class NonData:
    def __get__(self, obj, typ=None):
        return "from descriptor"


class C:
    attr = NonData()


c = C()
print(c.attr)
c.attr = "instance wins"
print(c.attr, C.attr)
del c.attr
print(c.attr)


class GetOnlyCounter:
    def __init__(self):
        self.n = 0

    def __get__(self, obj, typ):
        self.n += 1
        return self.n


class D:
    hits = GetOnlyCounter()


print(D.hits, D().hits, D.hits)
