for w in [-1, 0, 4, 7, 8]:
    print(w, b"abc".center(w), b"abc".center(w, b"*"), b"abc".ljust(w, b"-"), b"abc".rjust(w, bytearray(b"=")), b"abc".zfill(w))
print(b"-42".zfill(6), b"+7".zfill(4), b"".zfill(3), bytearray(b"5").zfill(3), type(bytearray(b"5").zfill(3)).__name__)
print(b"a\tbc\tdef".expandtabs(), b"a\tbc\tdef".expandtabs(4), b"x\ty".expandtabs(0), b"\t".expandtabs(tabsize=2))
for args in [(5, b"ab"), (5, "a"), (5, 97), ("5",)]:
    try:
        print(b"x".center(*args))
    except TypeError as e:
        print(type(e).__name__, e)
