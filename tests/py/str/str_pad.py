for w in [-1, 0, 3, 5, 6, 10]:
    print(repr("abc".ljust(w)), repr("abc".rjust(w)), repr("abc".center(w)), repr("abc".zfill(w)))
    print(repr("ab".center(w, "*")), repr("ab".ljust(w, "é")), repr("ab".rjust(w, "-")))
print(repr("abcd".center(7, "*")), repr("abc".center(6, "*")), repr("abc".center(8, "*")))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "".zfill(3), "-".zfill(3), "abc".zfill(2), "é".zfill(3))
print(repr("a\tb\tc".expandtabs()), repr("a\tb".expandtabs(4)), repr("ab\tc\nd\te".expandtabs(3)), repr("\t".expandtabs(0)), repr("a\r\tb".expandtabs(tabsize=2)))
print(repr("12345\t6".expandtabs(-1)), repr("é\tx".expandtabs(2)))
for f in [lambda: "a".center(5, "ab"), lambda: "a".ljust(5, 1), lambda: "a".rjust("x"), lambda: "a".zfill("x"),
          lambda: "a".center(), lambda: "a".expandtabs("x"), lambda: "a".ljust(5, "")]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
