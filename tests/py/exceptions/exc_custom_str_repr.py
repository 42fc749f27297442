# custom exceptions overriding __str__/__repr__, and attributes
class AppError(Exception):
    default = "application error"

    def __init__(self, msg=None, *, code=0):
        super().__init__(msg or self.default)
        self.code = code

    def __str__(self):
        return "[%d] %s" % (self.code, self.args[0])


class NotFound(AppError):
    default = "not found"

    def __repr__(self):
        return "NotFound<%s>" % self.code


for exc in [AppError(), AppError("boom", code=5), NotFound(code=404)]:
    try:
        raise exc
    except AppError as e:
        print(type(e).__name__, e, repr(e), e.code)

print("%s | %r | {}".format(NotFound()) % (NotFound(code=1), NotFound(code=2)))
print(f"{NotFound(code=3)!s} {NotFound(code=3)!r}")


class BadStr(Exception):
    def __str__(self):
        return 42


try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)


# exceptions are regular objects: attributes, dict, equality by identity
e1 = AppError("x")
e2 = AppError("x")
e1.extra = [1]
print(e1 == e2, e1 == e1, e1.extra, "extra" in vars(e1))


class Multi(KeyError, AttributeError):
    pass


try:
    raise Multi("both")
except AttributeError as e:
    print("caught as AttributeError", repr(e), str(e))
