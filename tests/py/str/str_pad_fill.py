for w in [-1, 0, 3, 6, 7, 10]:
    print(w, repr("abc".center(w)), repr("abc".center(w, "*")), repr("ab".center(w, "é")),
          repr("abc".ljust(w, "-")), repr("abc".rjust(w, "日")))
print(repr("".center(3, "x")), repr("a".center(4, "x")), repr("ab".center(5, "x")), repr("abc".center(6, "x")))
for s in ["42", "-42", "+42", "", "-", "abc", "-0.5", "日本", "+-3"]:
    print(repr(s), s.zfill(0), s.zfill(5), s.zfill(1))
for args in [(5, "ab"), (5, ""), (5, 1), ("5",), (5.0,), ()]:
    for name in ("center", "ljust", "rjust"):
        try:
            print(getattr("x", name)(*args))
        except TypeError as e:
            print(type(e).__name__, e)
try:
    "1".zfill("3")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "1".zfill()
except TypeError as e:
    print(type(e).__name__, e)
