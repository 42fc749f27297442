# uncaught exception raised while executing a class body inside a function
def build(fields):
    class Record:
        for f in fields:
            if not f.isidentifier():
                raise NameError("bad field name %r" % f)
    return Record


print(build(["a", "b"]).__name__)
build(["ok", "not ok"])
