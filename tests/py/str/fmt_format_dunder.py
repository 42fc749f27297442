class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        if spec == "":
            return str(self)
        if spec == "usd":
            return "$%.2f" % self.v
        return format(self.v, spec)
    def __str__(self):
        return "Money(%s)" % self.v
m = Money(3.5)
print(format(m), format(m, "usd"), format(m, ">8.1f"), "{}|{:usd}|{:08.3f}".format(m, m, m), f"{m:usd} {m!s:>12}")
class BadFormat:
    def __format__(self, spec):
        return 42
try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)
try:
    f"{BadFormat()}"
except TypeError as e:
    print(type(e).__name__, e)
class Plain:
    def __str__(self):
        return "plain!"
print(format(Plain()), "{}".format(Plain()), f"{Plain()}", "{:}".format(Plain()))
try:
    format(Plain(), "10")
except TypeError as e:
    print(type(e).__name__, e)
class MyInt(int):
    pass
class MyStr(str):
    def __format__(self, spec):
        return "MyStr:" + spec
print(format(MyInt(5), "03d"), format(MyStr("x"), "abc"), "{:q}".format(MyStr("y")), object.__format__(Plain(), ""))
print(int.__format__(7, "b"), float.__format__(1.5, ".3f"), str.__format__("s", ">3"), format(True, "d"), format(False, ">5"))
