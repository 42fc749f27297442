# exception args, str and repr of builtin exception types
for cls in [Exception, ValueError, TypeError, KeyError, IndexError, RuntimeError, StopIteration, AssertionError, NotImplementedError]:
    for args in [(), ("msg",), (1, 2), ("",)]:
        e = cls(*args)
        print(cls.__name__, len(e.args), repr(str(e)), repr(e))
e = StopIteration(5)
print(e.value, StopIteration().value)
e = SystemExit(3)
print(e.code, SystemExit().code)
e = OSError(2, "No such file")
print(e.errno, e.strerror, e.args)
e = Exception("a")
e.args = ("b", "c")
print(e, e.args)
print(str(ValueError(None)), repr(ValueError(None)), str(ValueError([1, 2])))
print(BaseException("x").args, isinstance(Exception(), BaseException))
class E(Exception):
    pass
print(repr(E("q")), str(E("q", 1)), E.__name__, E.__bases__[0].__name__)
