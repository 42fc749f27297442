# bytes()/bytearray() constructor: encoding/errors combinations and their messages
def t(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)
for cls in (bytes, bytearray):
    t(lambda: cls(errors="strict"))
    t(lambda: cls(encoding="utf-8"))
    t(lambda: cls(5, "utf-8"))
    t(lambda: cls(5, errors="x"))
    t(lambda: cls(b"ab", "utf-8"))
    t(lambda: cls("héllo", "latin-1"))
    t(lambda: cls("héllo", "ascii"))
    t(lambda: cls("héllo", "ascii", "ignore"))
    t(lambda: cls("héllo", "ascii", errors="replace"))
    t(lambda: cls("x", encoding="nope"))
    t(lambda: cls("x"))
    t(lambda: cls("x", 5))
    t(lambda: cls("x", "utf-8", 5))
    t(lambda: cls(3))
    t(lambda: cls(-2))
    t(lambda: cls([1, 2, 255]))
    t(lambda: cls([1, -1]))
    t(lambda: cls(range(3)))
    t(lambda: cls(None))
    t(lambda: cls(1.0))
    t(lambda: cls(source=b"x"))
