# center/ljust/rjust/zfill for bytes and bytearray
for cls in (bytes, bytearray):
    s = cls(b"ab")
    print(s.center(7), s.center(7, b"*"), s.ljust(5, bytearray(b"-")), s.rjust(5, b"."), s.center(1), s.center(-3))
    print(cls(b"42").zfill(5), cls(b"-42").zfill(5), cls(b"+x").zfill(4), cls(b"").zfill(3), cls(b"-").zfill(3), s.zfill(1))
    print(cls(b"abc").center(6, b"x"), cls(b"abcd").center(7, b"x"), type(s.center(1)).__name__, s.ljust(2) is s)
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: b"a".center(5, b"xy"))
t(lambda: b"a".center(5, "x"))
t(lambda: b"a".center(5, 120))
t(lambda: b"a".ljust("5"))
t(lambda: b"a".rjust(5.0))
t(lambda: b"a".zfill("3"))
t(lambda: b"a".zfill())
t(lambda: b"a".center())
t(lambda: b"a".center(3, b" ", 1))
t(lambda: bytearray(b"a").ljust(3, bytearray(b"")))
