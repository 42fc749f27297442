# descriptors: __get__/__set__ on class attributes
class Typed:
    def __init__(self, name, kind):
        self.name = name
        self.kind = kind
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "unset")
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(self.name + " must be " + self.kind.__name__)
        obj.__dict__[self.name] = value
class Person:
    name = Typed("name", str)
    age = Typed("age", int)
p = Person()
print(p.name, p.age)
p.name = "Ann"
p.age = 30
print(p.name, p.age)
try:
    p.age = "old"
except TypeError as e:
    print("TypeError", e)
print(type(Person.name).__name__)
class Const:
    def __get__(self, obj, owner):
        return 42
class Holder:
    c = Const()
h = Holder()
print(h.c, Holder.c)
h.__dict__["c"] = "instance"
print(h.c)
class Loud:
    def __get__(self, obj, owner):
        print("get via", owner.__name__, obj is not None)
        return 1
class U:
    x = Loud()
U().x
U.x
