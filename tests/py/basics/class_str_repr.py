# __str__, __repr__, and how print/str/repr/format/containers use them
class Both:
    def __str__(self):
        return "str-of-Both"
    def __repr__(self):
        return "Both()"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly<>"
class StrOnly:
    def __str__(self):
        return "StrOnly!"
b, r, s = Both(), ReprOnly(), StrOnly()
print(b, r, s)
print(str(b), repr(b), str(r), repr(r), str(s))
print([b, r], (b,), {"k": b})
print("%s %r" % (b, b), "{} {!r}".format(b, b), f"{b} {b!r}")
print("StrOnly object at " in repr(s))
class BadStr:
    def __str__(self):
        return 5
try:
    str(BadStr())
except TypeError as e:
    print("TypeError", e)
class Rec:
    def __init__(self, v, child=None):
        self.v, self.child = v, child
    def __repr__(self):
        return "Rec(%r, %r)" % (self.v, self.child)
print(Rec(1, Rec("two", Rec(3.0))))
class SubList(list):
    def __repr__(self):
        return "SubList" + super().__repr__()
print(SubList([1, 2]), str(SubList()))
class E(Exception):
    def __str__(self):
        return "E-str"
print(E("x"), repr(E("x")), str(E()))
print(str(1.0), repr(1.0), str("q"), repr("q"), str(None), repr(...) if False else "Ellipsis")
