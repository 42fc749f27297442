# exception attributes and behaviour of builtin exception instances
e = KeyError("k")
print(e.args, str(e), repr(e), isinstance(e, LookupError))
e = StopIteration("v")
print(e.value, e.args)
e = SystemExit(2)
print(e.code, isinstance(e, BaseException), isinstance(e, Exception))
e = OSError("msg")
print(e.args, str(e))
e = UnicodeError("bad")
print(isinstance(e, ValueError), e.args)
class WithAttrs(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)
        self.a = a
        self.b = b
w = WithAttrs(1, "two")
print(w.args, w.a, w.b, str(w), repr(w))
try:
    raise WithAttrs(3, 4)
except WithAttrs as caught:
    print(caught.a + caught.b)
err = ValueError("original")
try:
    try:
        raise err
    except ValueError as x:
        x.args = ("modified",)
        raise
except ValueError as y:
    print(y, y is err)
print(type(Exception.__init__).__name__ != "", issubclass(type(err), BaseException))
