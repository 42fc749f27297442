# exception args, str() and repr() for zero, one and many arguments
for args in [(), ("msg",), (42,), ("a", "b"), (None,), ([1, 2],), ("",)]:
    e = Exception(*args)
    print(repr(e), "|", str(e), "|", e.args)

print(repr(ValueError("x")), str(KeyError("k")), repr(KeyError("k")), str(KeyError()))
print(str(KeyError("a", "b")), str(KeyError(1)))
print(repr(StopIteration(5)), StopIteration(5).value, StopIteration().value)
print(repr(SystemExit(2)), SystemExit(2).code, SystemExit().code, SystemExit(1, 2).code)
e = OSError(2, "No such file", "f.txt")
print(type(e).__name__, e.errno, e.strerror, e.filename, str(e))
e = OSError("just message")
print(e.errno, e.strerror, str(e), e.args)


class Custom(Exception):
    pass


c = Custom("one", 2)
print(repr(c), str(c), c.args)
c.args = ("changed",)
print(repr(c), str(c))
c.args = [1, 2]
print(type(c.args).__name__, c.args)


class WithInit(Exception):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code


w = WithInit(7)
print(repr(w), str(w), w.code, w.args)


class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a


n = NoSuper(1, 2)
print(repr(n), n.args)
try:
    ValueError(x=1)
except TypeError as err:
    print(type(err).__name__, err)
print(isinstance(Exception().args, tuple), BaseException("b").with_traceback(None) is not None)
