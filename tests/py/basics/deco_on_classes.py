# class decorators: registration, adding methods, replacing the class
registry = {}


def register(cls):
    registry[cls.__name__] = cls
    return cls


def add_repr(cls):
    def __repr__(self):
        fields = ", ".join("%s=%r" % (k, v) for k, v in sorted(vars(self).items()))
        return "%s(%s)" % (type(self).__name__, fields)
    cls.__repr__ = __repr__
    return cls


@register
@add_repr
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


print(sorted(registry), Point(1, 2))


def singleton(cls):
    instances = {}

    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get


@singleton
class Config:
    def __init__(self, v):
        self.v = v


a = Config(1)
b = Config(2)
print(a is b, a.v, type(Config).__name__)


def with_attr(**attrs):
    def d(cls):
        for k, v in attrs.items():
            setattr(cls, k, v)
        return cls
    return d


@with_attr(color="red", size=3)
class Thing:
    pass


print(Thing.color, Thing.size, Thing().color)


# decorator on a method inside a class body
def loud(f):
    def w(self, *a):
        return f(self, *a).upper()
    return w


class Greeter:
    @loud
    def hi(self, name):
        return "hi " + name


print(Greeter().hi("bob"))
# the decorator sees the class only after the body ran
seen = []
def peek(cls):
    seen.append(sorted(k for k in vars(cls) if not k.startswith("__")))
    return cls
@peek
class P:
    a = 1
    def m(self): pass
print(seen)
