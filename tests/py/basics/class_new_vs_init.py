# __new__ and __init__: argument passing, returning other types, immutables
class Tracked:
    def __new__(cls, *args, **kw):
        print("new", cls.__name__, args, kw)
        inst = super().__new__(cls)
        inst.created = True
        return inst

    def __init__(self, a, b=2):
        print("init", a, b)
        self.a = a


t = Tracked(1, b=3)
print(t.created, t.a)


class Other:
    def __new__(cls):
        return 42   # not an instance: __init__ is skipped

    def __init__(self):
        print("never")


print(Other())


class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())


u = Upper("abc")
print(u, type(u).__name__, isinstance(u, str), u + "d")


class Pos(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError("negative: %d" % v)
        return super().__new__(cls, v)


print(Pos(5) + 1, type(Pos(5)).__name__)
try:
    Pos(-1)
except ValueError as e:
    print(type(e).__name__, e)


class NoInit:
    pass


try:
    NoInit(1)
except TypeError as e:
    print(type(e).__name__, e)


class InitReturns:
    def __init__(self):
        return 5


try:
    InitReturns()
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(5)
except TypeError as e:
    print(type(e).__name__, e)
