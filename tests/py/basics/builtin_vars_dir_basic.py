# vars() and dir() on simple objects
class P:
    cls_attr = 1
    def __init__(self):
        self.a = 1
        self.b = 2
    def meth(self):
        pass
p = P()
print(vars(p), sorted(vars(p)))
vars(p)["c"] = 3
print(p.c)
print("cls_attr" in vars(P), "meth" in vars(P), "a" in vars(P))
print([n for n in dir(p) if not n.startswith("__")])
print([n for n in dir(P) if not n.startswith("__")])
print("append" in dir([]), "keys" in dir({}), "real" in dir(1), "upper" in dir(""))
print(dir(p) == sorted(dir(p)))
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: vars(1))
show(lambda: vars([]))
show(lambda: vars(p, p))
class D:
    def __dir__(self):
        return ["z", "y", "x"]
print(dir(D()))
class Slots:
    __slots__ = ("q",)
show(lambda: vars(Slots()))
import math
print("pi" in vars(math), "sqrt" in dir(math))
