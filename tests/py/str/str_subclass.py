class S(str):
    def shout(self):
        return self.upper() + "!"
s = S("hello")
print(s, repr(s), len(s), s.shout(), type(s).__name__, isinstance(s, str), s == "hello", s + "x", type(s + "x").__name__)
print(s[1], s[1:3], s * 2, 2 * s, "ell" in s, s.find("l"), s.split("l"), s.upper(), type(s.upper()).__name__)
print(hash(s) == hash("hello"), {s: 1}["hello"], str(s), type(str(s)).__name__, "%s" % s, "{}".format(s), f"{s}")
s.attr = 5
print(s.attr)
class T(str):
    def __new__(cls, v):
        return str.__new__(cls, v * 2)
    def __len__(self):
        return 42
    def __eq__(self, other):
        return super().__eq__(other.lower() if isinstance(other, str) else other)
    def __hash__(self):
        return super().__hash__()
    def __add__(self, o):
        return "T+" + super().__add__(o)
    def __repr__(self):
        return "T(" + super().__repr__() + ")"
t = T("ab")
print(t, len(t), t == "ABAB", t == "x", t + "c", repr(t), str.__len__(t))
print(str.__add__("a", "b"), str.__mul__("ab", 3), str.__rmul__("ab", 2), str.__mod__("%d", 5), str.__rmod__("a", 5))
print(str.__contains__("abc", "b"), str.__getitem__("abc", -1), str.__len__("abcé"), [c for c in str.__iter__("ab")])
print(str.__eq__("a", "a"), str.__eq__("a", 1), str.__ne__("a", "b"), str.__lt__("a", "b"), str.__le__("b", "a"), str.__gt__("b", "a"), str.__ge__("a", "a"), str.__lt__("a", 1))
print(str.__repr__("a'b"), str.__str__("x"), str.__format__("ab", ">5"), str.__hash__("abc") == hash("abc"))
class U(str):
    def __format__(self, spec):
        return "U" + spec
print(format(U("x"), "spec"), "{:zz}".format(U("y")))
class V(str):
    def __str__(self):
        return "V-str"
print(str(V("q")), "%s" % V("q"), V("q") + "")
for f in [lambda: str.upper(1), lambda: str.__add__("a", 1), lambda: str.join(1, []), lambda: str.__mul__("a", "b")]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
