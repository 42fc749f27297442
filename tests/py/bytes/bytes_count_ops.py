b = b"abcabcabc"
print(b.count(b"abc"), b.count(b"abc", 1), b.count(b"abc", 1, -1), b.count(97), b.count(b""), b.count(b"", 4, 6), b.count(b"c", -3, None))
print(bytearray(b"xxxx").count(b"xx"), b"".count(b"a"), b.count(bytearray(b"bc")), b.count(memoryview(b"ca")))
for bad in [256, "a", None, 1.5]:
    try:
        print(b.count(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(b * 2, 2 * b"xy", b"ab" * 0, b"ab" * -1, b + b"!", b"a" + bytearray(b"b"))
for bad in [1.5, "2"]:
    try:
        b * bad
    except TypeError as e:
        print(type(e).__name__, e)
for bad in ["s", 1, [1], None]:
    try:
        b + bad
    except TypeError as e:
        print(type(e).__name__, e)
