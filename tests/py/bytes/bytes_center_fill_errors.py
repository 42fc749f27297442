for fill in [None, "x", b"xy", 32, bytearray(b"*"), b"*"]:
    for name in ("center", "ljust", "rjust"):
        try:
            print(name, repr(fill), getattr(b"ab", name)(6, fill))
        except TypeError as e:
            print(name, repr(fill), type(e).__name__, e)
for w in [None, "5", 2.0]:
    try:
        print(b"ab".center(w))
    except TypeError as e:
        print(type(e).__name__, e)
