print(bytes(), bytes(3), bytes([1, 2, 255]), bytes(range(3)), bytes(b"ab"), bytes(bytearray(b"x")), bytes(memoryview(b"mv")), bytes("é", "utf-8"))
print(bytes("abc", encoding="ascii"), bytes("a\xff", "latin-1"), bytes("a\xffb", "ascii", "ignore"), bytes(x for x in [65, 66]))
print(bytearray(), bytearray(2), bytearray([65]), bytearray("é", "utf-8"), bytearray(b"q"), bytearray(iter(b"it")))
class HB:
    def __bytes__(self):
        return b"custom"
class I:
    def __index__(self):
        return 2
print(bytes(HB()), bytes(I()), bytearray(I()))
for args in [(-1,), ([256],), (["a"],), ("abc",), (1.5,), (b"a", "utf-8"), ("a", "nope"), ([1], "ascii"), (None,), ("é", "ascii")]:
    for t in (bytes, bytearray):
        try:
            print(t(*args))
        except (ValueError, TypeError, LookupError) as e:
            print(t.__name__, type(e).__name__, e)
