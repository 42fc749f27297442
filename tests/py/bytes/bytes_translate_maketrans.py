t = bytes.maketrans(b"abc", b"xyz")
print(len(t), t[97:100], b"aabbcc".translate(t), b"abc".translate(None), b"abcdef".translate(None, b"ace"), b"abc".translate(t, b"b"))
print(bytearray(b"hello").translate(bytes.maketrans(b"lo", b"01")), bytearray.maketrans(b"", b"")[:3], b"xyz".translate(None, delete=b"y"))
for args in [(b"ab", b"x"), ("a", "b"), (b"a",)]:
    try:
        print(bytes.maketrans(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for tbl in [b"short", "x" * 256, 5]:
    try:
        print(b"a".translate(tbl))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
