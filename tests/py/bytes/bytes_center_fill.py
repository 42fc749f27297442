for w in [0, 3, 4, 5, 6, 9]:
    print(w, b"ab".center(w, b"."), b"abc".center(w, b"-"), bytearray(b"x").center(w, b"*"), b"ab".ljust(w, b"<"), b"ab".rjust(w, b">"))
for fill in [b"ab", b"", "x", 32, bytearray(b"xy")]:
    try:
        print(b"a".center(5, fill))
    except TypeError as e:
        print(type(e).__name__, e)
print(b"a".center(3, bytearray(b"=")), b"a".ljust(3, memoryview(b"~")) if False else b"a".ljust(3, b"~"), b"".rjust(2, b"0"))
