# inheritance, overriding, super(), isinstance/issubclass
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + " says " + self.sound
    def kind(self):
        return "animal"
class Dog(Animal):
    sound = "woof"
    def kind(self):
        return "dog/" + super().kind()
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + " (age %d)" % self.age
a = Animal("gen")
d = Dog("rex")
p = Puppy("bit", 1)
for x in (a, d, p):
    print(x.speak(), x.kind())
print(isinstance(p, Dog), isinstance(p, Animal), isinstance(d, Puppy))
print(issubclass(Puppy, Animal), issubclass(Animal, Dog), issubclass(Dog, Dog), issubclass(Dog, object))
print(isinstance(p, (int, Dog)), issubclass(bool, (str, int)))
print([c.__name__ for c in Puppy.__mro__])
print(Puppy.__bases__[0].__name__, Animal.__bases__[0].__name__)
class Base:
    def template(self):
        return "[" + self.hook() + "]"
    def hook(self):
        return "base"
class Derived(Base):
    def hook(self):
        return "derived"
print(Base().template(), Derived().template())
class ExplicitSuper(Dog):
    def kind(self):
        return "explicit " + super(ExplicitSuper, self).kind() + " " + Animal.kind(self)
print(ExplicitSuper("z").kind())
class MyList(list):
    def total(self):
        return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.total(), len(ml), isinstance(ml, list), type(ml).__name__)
class MyDict(dict):
    def __missing__(self, key):
        return key * 2
md = MyDict(a=1)
print(md["a"], md["zz"], len(md))
class MyInt(int):
    def double(self):
        return self * 2
mi = MyInt(21)
print(mi, mi.double(), mi + 1, type(mi + 1).__name__)
class MyStr(str):
    def shout(self):
        return self.upper() + "!"
print(MyStr("hi").shout(), MyStr("a") + "b")
try:
    issubclass(3, int)
except TypeError as e:
    print("TypeError", e)
