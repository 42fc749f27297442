pairs = [(b"a", b"b"), (b"abc", b"abd"), (b"ab", b"abc"), (b"", b"\x00"), (b"\xff", b"\x00\xff"), (b"x", b"x")]
for a, c in pairs:
    print(a, c, a < c, a <= c, a > c, a >= c, a == c, a != c, bytearray(a) < c, a == bytearray(c))
print(b"a" == "a", b"a" != "a", b"" == bytearray(), hash(b"abc") == hash(b"ab" + b"c"), b"a" == memoryview(b"a"))
for op in ["<", ">=", ">"]:
    for other in ["'a'", "1", "None", "[97]"]:
        try:
            eval("b'a' " + op + " " + other)
        except TypeError as e:
            print(type(e).__name__, e)
try:
    hash(bytearray(b"x"))
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([b"b", b"a", b"", b"ab", b"\x80"]), max(b"abc"), min(bytearray(b"xyz")), sum(b"\x01\x02"))
print({b"k": 1}[b"k"], b"k" in {b"k"}, len({b"a", b"a", bytes(b"a")}))
