# custom exception classes and hierarchy
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, name):
        super().__init__("not found: " + name)
        self.name = name
class WithStr(Exception):
    def __str__(self):
        return "custom str"
class Coded(Exception):
    def __init__(self, code, msg):
        self.code = code
        self.msg = msg
for exc in [AppError("plain"), NotFound("file.txt"), WithStr("ignored"), Coded(404, "nf"), AppError(), AppError(1, 2)]:
    try:
        raise exc
    except AppError as e:
        print("AppError family:", type(e).__name__, str(e), e.args)
    except Exception as e:
        print("other:", type(e).__name__, str(e), e.args)
try:
    raise NotFound("x")
except NotFound as e:
    print(e.name, isinstance(e, AppError), isinstance(e, Exception), isinstance(e, BaseException))
print(issubclass(NotFound, Exception), issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(StopIteration, Exception), issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException))
print(issubclass(FileNotFoundError, OSError), issubclass(IndentationError, SyntaxError), issubclass(NotImplementedError, RuntimeError))
print(issubclass(UnicodeError, ValueError), issubclass(ModuleNotFoundError, ImportError), issubclass(RecursionError, RuntimeError) if "RecursionError" in dir(__builtins__) else True)
print(repr(AppError("m")), repr(AppError()), str(AppError()), repr(Coded(1, "x")))
e = ValueError("v")
e.extra = 5
print(e.extra, e.args)
class Chainable(Exception):
    pass
try:
    raise Chainable
except Chainable as c:
    print("raised class", type(c).__name__, c.args)
def thrower(kind):
    raise kind("thrown")
for k in (ValueError, TypeError, RuntimeError):
    try:
        thrower(k)
    except (ValueError, TypeError) as e:
        print("caught1", type(e).__name__)
    except Exception as e:
        print("caught2", type(e).__name__)
try:
    raise 5
except TypeError as e:
    print("TypeError", e)
class NotExc:
    pass
try:
    raise NotExc()
except TypeError as e:
    print("TypeError", e)
