# bytes/bytearray translate with a table, None and delete
table = bytes.maketrans(b"abc", b"ABC")
for cls in (bytes, bytearray):
    s = cls(b"aabbccdd")
    print(s.translate(table), s.translate(None), s.translate(None, b"ad"), s.translate(table, b"c"),
          s.translate(table, delete=b"b"), s.translate(None, bytearray(b"abcd")), s.translate(None, memoryview(b"a")))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: b"abc".translate(b"short"))
t(lambda: b"abc".translate(bytes(257)))
t(lambda: b"abc".translate("x" * 256))
t(lambda: b"abc".translate(None, "a"))
t(lambda: b"abc".translate())
t(lambda: b"abc".translate(None, b"", b""))
t(lambda: b"abc".translate(table=None))
t(lambda: bytearray(b"abc").translate(bytearray(range(256))[::-1]))
t(lambda: bytes.maketrans(b"ab", b"c"))
t(lambda: bytes.maketrans("ab", "cd"))
t(lambda: bytes.maketrans(bytearray(b"a"), memoryview(b"b"))[97:99])
t(lambda: bytearray.maketrans(b"", b"") == bytes(range(256)))
t(lambda: type(bytearray.maketrans(b"", b"")).__name__)
s = bytearray(b"xyz")
r = s.translate(None)
print(r is s, r == s, type(r).__name__)
