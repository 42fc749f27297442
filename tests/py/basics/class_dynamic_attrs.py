# dynamic attribute manipulation with setattr/getattr/vars/__dict__
class Record:
    def __init__(self, **fields):
        for k, v in fields.items():
            setattr(self, k, v)
    def __repr__(self):
        return "Record(%s)" % ", ".join("%s=%r" % kv for kv in sorted(vars(self).items()))
r = Record(name="x", size=3)
print(r, getattr(r, "name"), getattr(r, "missing", None))
for field in ["size", "color"]:
    setattr(r, field, getattr(r, field, 0) + 1)
print(r)
vars(r)["direct"] = True
print(r.direct, sorted(r.__dict__))
delattr(r, "color")
print(r, hasattr(r, "color"))
class Config:
    pass
for key, value in [("host", "localhost"), ("port", 8080), ("debug", False)]:
    setattr(Config, key.upper(), value)
print(Config.HOST, Config.PORT, Config.DEBUG, sorted(k for k in vars(Config) if k.isupper()))
def add_method(cls, name):
    setattr(cls, name, lambda self: name + " called on " + type(self).__name__)
add_method(Config, "ping")
print(Config().ping())
attrs = {n: getattr(r, n) for n in dir(r) if not n.startswith("_")}
print(attrs)
