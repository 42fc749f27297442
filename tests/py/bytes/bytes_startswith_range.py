b = b"hello world"
print(b.startswith(b"he"), b.startswith((b"x", b"hel")), b.endswith(bytearray(b"ld")), b.endswith(()), b.startswith(memoryview(b"h")))
print(b.startswith(b"wo", 6), b.startswith(b"wo", 6, 7), b.endswith(b"lo", 0, 5), b.endswith(b"o", -7, -6), b.startswith(b"", 11), b.startswith(b"", 12))
print(bytearray(b"abc").startswith(b"a"), bytearray(b"abc").endswith((b"c",), None, None))
for bad in ["h", 104, [b"h"], (b"h", "h"), None]:
    try:
        print(b.startswith(bad))
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        print(b.endswith(bad))
    except TypeError as e:
        print(type(e).__name__, e)
