# class attributes vs instance attributes: shadowing, mutation, deletion
class Counter:
    shared = []
    total = 0

    def __init__(self, name):
        self.name = name
        self.shared.append(name)      # mutates the class list
        self.total += 1               # creates an instance attribute


a = Counter("a")
b = Counter("b")
print(Counter.shared, a.shared is b.shared, Counter.total, a.total, b.total)
print("total" in vars(a), "shared" in vars(a))

Counter.total = 10
print(a.total, Counter("c").total)
del a.total
print(a.total)
try:
    del a.total
except AttributeError as e:
    print(type(e).__name__, e)

# assigning on the class affects instances without their own value
class Cfg:
    mode = "fast"


x, y = Cfg(), Cfg()
y.mode = "slow"
Cfg.mode = "safe"
print(x.mode, y.mode, Cfg.mode)


# methods assigned to instances are not bound
def hello(self=None):
    return "hello %r" % (self,)


x.greet = hello
Cfg.greet = hello
print(x.greet(), y.greet() == "hello %r" % (y,))

# class attribute lookups go through the MRO
class Base:
    v = "base"


class Mid(Base):
    pass


class Leaf(Mid):
    pass


print(Leaf.v)
Mid.v = "mid"
print(Leaf.v, Leaf().v)
del Mid.v
print(Leaf.v)
try:
    del Leaf.v
except AttributeError as e:
    print(type(e).__name__, e)
print(Leaf.__dict__.get("v"), Base.__dict__["v"])
