# __format__, __str__, __repr__ interplay in format(), f-strings, str()
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        if spec == "short":
            return "$%d" % (self.cents // 100)
        return "$%d.%02d" % divmod(self.cents, 100) if not spec else format(self.cents, spec)

    def __str__(self):
        return "Money(str)"

    def __repr__(self):
        return "Money(%d)" % self.cents


m = Money(12345)
print(format(m), format(m, "short"), format(m, ">10"))
print(f"{m} {m:short} {m!s} {m!r} {m!r:>12}")
print("{} {:short} {!r}".format(m, m, m))
print(str(m), repr(m), [m], "%s %r" % (m, m))


class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"


o = OnlyRepr()
print(str(o), f"{o}", format(o), "{}".format(o))
try:
    format(o, "x")
except TypeError as e:
    print(type(e).__name__, e)


class BadFormat:
    def __format__(self, spec):
        return 5


try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)


class BadRepr:
    def __repr__(self):
        return None


try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
