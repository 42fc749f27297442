# str.count/find/rfind/index/rindex with start/end incl. None, negatives and empty needles
s = "abcabcab"
for args in [("ab",), ("ab", 1), ("ab", -3), ("ab", 1, 4), ("ab", None, 5), ("ab", -100, 100), ("", 2), ("", 8), ("", 9),
             ("", 3, 1), ("c", 3, 3), ("b", None, None), ("ab", 8)]:
    print(args, s.count(*args), s.find(*args), s.rfind(*args))
print(s.index("c"), s.rindex("c"), s.index("ab", 2), s.rindex("ab", 0, 5), "".find(""), "".count(""), "aaa".count("aa"), "é€é".count("é"))
def t(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: s.index("z"))
t(lambda: s.rindex("z"))
t(lambda: s.index("a", 1, 2))
t(lambda: s.find(1))
t(lambda: s.count(None))
t(lambda: s.find("a", "1"))
t(lambda: s.find("a", 1.5))
t(lambda: s.find())
t(lambda: s.find("a", 1, 2, 3))
t(lambda: s.count("a", start=1))
class I:
    def __index__(self):
        return 3
print(s.find("a", I()), s.count("b", I(), None), s.find("a", True))
print(s.find("a", 2**70), s.rfind("a", -2**70), s.count("a", 0, 2**70))
