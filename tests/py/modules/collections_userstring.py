# collections.UserString: str methods, wrapped results, comparisons, formatting
from collections import UserString
s = UserString("Hello World")
print(s, repr(s), len(s), s[0], type(s[0]).__name__, s[1:5], "World" in s, UserString("lo") in s)
for name in ["upper", "lower", "swapcase", "title", "strip", "capitalize"]:
    r = getattr(s, name)()
    print(name, r, type(r).__name__)
print(s.split(), type(s.split()[0]).__name__, s.find("o"), s.count("l"), s.startswith("He"), s.replace("l", "L"))
print(s + "!", "> " + s, type(s + "!").__name__, s * 2, UserString("%d-%s") % (1, "a"))
print(s == "Hello World", s < "Z", s > UserString("A"), hash(s) == hash("Hello World"), sorted([UserString("b"), UserString("a")]))
print(int(UserString("42")) + 1, float(UserString("1.5")), s.center(15, "*"), s.zfill(13), s.join(["a", "b"]))
print(s.encode(), s.isalpha(), UserString(5), UserString(UserString("x")), list(UserString("ab")))
class Shout(UserString):
    def shout(self):
        return self.upper() + "!"
print(Shout("hey").shout(), type(Shout("hey").strip()).__name__)
