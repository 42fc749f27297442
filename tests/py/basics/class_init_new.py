# __new__ and __init__ interplay, singletons, immutable subclasses
class Single:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            print("allocated")
        return cls._inst
    def __init__(self, v):
        print("init", v)
        self.v = v
s1 = Single(1)
s2 = Single(2)
print(s1 is s2, s1.v)
class Upper(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
u = Upper("abc")
print(u, type(u).__name__, u + "d", len(u))
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Pos(-5), Pos(3) + 1, isinstance(Pos(1), int))
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def swap(self):
        return Pair(self[1], self[0])
p = Pair(1, 2)
print(p, p.swap(), len(p), p[0])
class NotSelf:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(NotSelf())
class Tracking:
    def __init__(self):
        print("Tracking.__init__")
class Child(Tracking):
    def __init__(self):
        print("Child.__init__ before")
        super().__init__()
        print("Child.__init__ after")
Child()
class NoInit:
    pass
n = NoInit()
print(type(n).__name__)
try:
    NoInit(1)
except TypeError as e:
    print("TypeError", e)
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print("TypeError", e)
obj = object.__new__(NoInit)
print(type(obj).__name__)
