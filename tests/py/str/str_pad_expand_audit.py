# center/ljust/rjust/zfill/expandtabs edge cases and errors
print(repr("ab".center(5)), repr("ab".center(5, "*")), repr("abc".center(6, "-")), repr("abcd".center(7, ".")), repr("x".center(0)))
print(repr("7".zfill(3)), repr("-7".zfill(4)), repr("+".zfill(3)), repr("".zfill(2)), repr("abc".zfill(2)), repr("é".zfill(3)))
print(repr("a\tb\tc".expandtabs()), repr("a\tb".expandtabs(0)), repr("a\tb".expandtabs(-1)), repr("ab\tc\nd\te".expandtabs(3)),
      repr("\t".expandtabs(tabsize=2)), repr("x\r\ty".expandtabs(4)))
def t(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: "a".center(5, "ab"))
t(lambda: "a".center(5, ""))
t(lambda: "a".center(5, 1))
t(lambda: "a".center("5"))
t(lambda: "a".center())
t(lambda: "a".ljust(3, b"x"))
t(lambda: "a".rjust(3.0))
t(lambda: "a".zfill(None))
t(lambda: "a".zfill(1, 2))
t(lambda: "a".expandtabs("2"))
t(lambda: "a".expandtabs(1, 2))
t(lambda: "a".expandtabs(tab=2))
t(lambda: "a".center(2**70))
t(lambda: "\t".expandtabs(2**70))
print(repr("é".center(4, "€")), repr("a".ljust(-1)), repr("😀".rjust(3, "·")))
