# __getattr__, __getattribute__, __setattr__, __delattr__
class Dyn:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("x_"):
            return name[2:].upper()
        raise AttributeError("no attribute " + name)
d = Dyn()
print(d.real, d.x_foo, getattr(d, "x_bar"), hasattr(d, "y"), getattr(d, "y", "dflt"))
try:
    d.nothing
except AttributeError as e:
    print("AttributeError", e)
class Recorder:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append((name, value))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)
r = Recorder()
r.a = 1
r.b = "two"
del r.a
print(r.log, r.b, hasattr(r, "a"))
class ReadOnly:
    __slots__ = ()
    def __setattr__(self, name, value):
        raise AttributeError("read-only: " + name)
try:
    ReadOnly().z = 1
except AttributeError as e:
    print("AttributeError", e)
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1), p.__class__.__name__)
class Counting:
    def __init__(self):
        self.hits = 0
    def __getattribute__(self, name):
        if name != "hits":
            object.__setattr__(self, "hits", object.__getattribute__(self, "hits") + 1)
        return object.__getattribute__(self, name)
    def m(self):
        return "m"
c = Counting()
c.m(); c.m()
print(c.hits)
class Default:
    def __getattr__(self, name):
        return 0
dd = Default()
dd.v += 5
print(dd.v, dd.other)
