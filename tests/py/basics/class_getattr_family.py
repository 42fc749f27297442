# __getattr__, __getattribute__, __setattr__, __delattr__ interplay
class Tracked:
    def __init__(self):
        object.__setattr__(self, "log", [])
        self.a = 1

    def __getattr__(self, name):
        self.log.append("getattr " + name)
        if name.startswith("dyn_"):
            return name[4:]
        raise AttributeError("no %s here" % name)

    def __setattr__(self, name, value):
        self.log.append("set " + name)
        object.__setattr__(self, name, value * 2 if isinstance(value, int) else value)

    def __delattr__(self, name):
        self.log.append("del " + name)
        if name == "protected":
            raise AttributeError("cannot delete protected")
        object.__delattr__(self, name)


t = Tracked()
print(t.a, t.dyn_hello)
t.b = 5
print(t.b)
del t.b
try:
    t.b
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.protected
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(t, "missing", "dflt"), hasattr(t, "dyn_x"), hasattr(t, "nope"))
print(t.log)


class Every:
    def __init__(self):
        self.real = "real"

    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        if name == "boom":
            raise AttributeError(name)
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return "fallback:" + name


e = Every()
print(e.real, e.secret, e.boom, e.other)


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_t", target)

    def __getattr__(self, n):
        return getattr(self._t, n)

    def __setattr__(self, n, v):
        setattr(self._t, n, v)


class Box:
    pass


b = Box()
px = Proxy(b)
px.v = 10
print(b.v, px.v, "v" in vars(px))
