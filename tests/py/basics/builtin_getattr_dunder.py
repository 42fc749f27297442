# getattr/hasattr on dunder and special attributes
class C:
    """doc"""
    x = 1
c = C()
print(getattr(c, "__class__").__name__, getattr(C, "__name__"), getattr(C, "__doc__"), getattr(c, "__doc__"))
print(hasattr(c, "__dict__"), hasattr(1, "__dict__"), hasattr(C, "__mro__"), hasattr(c, "__mro__"))
print(getattr(1, "__class__"), getattr([], "__len__")(), getattr("ab", "__getitem__")(1))
print(getattr(int, "__name__"), getattr(len, "__name__"), getattr(C.x.__class__, "__name__"))
print(getattr(c, "__module__"), getattr(C, "__qualname__"), hasattr(C, "__bases__"), C.__bases__)
class Dyn:
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:]
        raise AttributeError(name)
d = Dyn()
print(getattr(d, "dyn_value"), hasattr(d, "dyn_x"), hasattr(d, "other"), getattr(d, "other", "dflt"))
try:
    getattr(d, "other")
except AttributeError as e:
    print("AttributeError", e)
class GA:
    def __getattribute__(self, name):
        if name == "secret":
            return 42
        return object.__getattribute__(self, name)
g = GA()
print(getattr(g, "secret"), hasattr(g, "nothing"), getattr(g, "__class__").__name__)
