# hasattr only swallows AttributeError; getattr default likewise
class P:
    @property
    def bad(self):
        raise ValueError("property raised ValueError")
    @property
    def missing(self):
        raise AttributeError("property raised AttributeError")
p = P()
print(hasattr(p, "missing"), getattr(p, "missing", "default"))
try:
    hasattr(p, "bad")
except ValueError as e:
    print("ValueError", e)
try:
    getattr(p, "bad", "default")
except ValueError as e:
    print("ValueError", e)
class G:
    def __getattr__(self, name):
        if name == "boom":
            raise KeyError(name)
        raise AttributeError(name)
g = G()
print(hasattr(g, "anything"))
try:
    hasattr(g, "boom")
except KeyError as e:
    print("KeyError", e)
print(hasattr(3, "real"), hasattr("s", "upper"), hasattr([], "nope"), hasattr(None, "__class__"))
