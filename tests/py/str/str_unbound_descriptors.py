print(str.upper("abc"), str.split("a b"), str.replace("aa", "a", "b"), str.__add__("a", "b"), str.__mul__("ab", 2), str.__rmul__("ab", 2))
print(str.__contains__("abc", "b"), str.__getitem__("abc", -1), str.__len__("xyz"), str.__mod__("%d", 5), str.__rmod__("x", "%s"))
for call in [lambda: str.upper(5), lambda: str.split(b"a b"), lambda: str.join(1, []), lambda: str.__add__("a", 1), lambda: str.__len__(1),
             lambda: str.startswith(None, "a"), lambda: str.format(3), lambda: str.__mul__("a", "b"), lambda: str.__mul__("a", 1.5), lambda: str.__getitem__(5, 0), lambda: str.__contains__(1, "a")]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
print(str.__add__("a", 1) if False else "skip", repr(str.__eq__("a", 1)), repr(str.__lt__("a", None)))
m = str.upper
print(m.__name__, m.__qualname__, "abc".upper.__name__, "abc".upper.__self__)
