t = bytes.maketrans(bytearray(b"ab"), memoryview(b"AB"))
print(type(t).__name__, len(t), t[97:99], bytearray.maketrans(b"x", b"y")[120], type(bytearray.maketrans(b"", b"")).__name__)
print(b"abcab".translate(t), bytearray(b"abc").translate(t), b"abc".translate(bytearray(t)), b"abc".translate(t, b"c"), b"abc".translate(None, b""))
for args in [(b"ab", b"a"), ("a", "b"), (b"a", "b"), (1, 2), (b"a",), (b"a", b"b", b"c")]:
    try:
        print(bytes.maketrans(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for args in [(b"x" * 255,), (b"x" * 257,), ("x" * 256,), (None, "a"), (None, 5)]:
    try:
        print(b"abc".translate(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
