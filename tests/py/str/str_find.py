s = "hello world, hello python"
for sub in ["hello", "o", "", "xyz", "python", "n"]:
    print(sub, s.find(sub), s.rfind(sub), s.count(sub))
print(s.find("o", 5), s.find("o", 5, 8), s.find("o", -5), s.find("o", -100, -3))
print(s.rfind("o", 0, 10), s.rfind("hello", 1), s.rfind("", 3, 7))
print("abc".find("", 3), "abc".find("", 4), "abc".rfind("", 4), "".find(""), "".find("a"))
print("abc".find("c", None, None), "abc".find("c", 1, None))
print(s.index("world"), s.rindex("hello"), s.index("l", 4))
for args in [("z",), ("o", 100), ("hello", 1, 5)]:
    try:
        print(s.index(*args))
    except ValueError as e:
        print("ValueError", e)
    try:
        print(s.rindex(*args))
    except ValueError as e:
        print("ValueError", e)
print("aaaa".count("aa"), "aaaa".count("a", 1), "aaaa".count("", 1, 3), "abc".count("", 5))
u = "héllo wörld ñ"
print(u.find("ö"), u.rfind("l"), u.index("ñ"), u.count("l"), u.find("l", 3), u.find("", 13), u.find("", 14))
print(u.find("wö", -7, -1), u.count("", 2, 4))
class I:
    def __index__(self):
        return 2
print("abcabc".find("a", I()), "abcabc".count("c", I()))
print("abc".find("c", 10**30), "abc".find("a", -10**30))
