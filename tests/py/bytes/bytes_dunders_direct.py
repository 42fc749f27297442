b, ba = b"ab", bytearray(b"cd")
print(bytes.__add__(b, ba), bytes.__mul__(b, 2), bytes.__rmul__(b, 3), bytearray.__mul__(ba, 2), bytes.__mod__(b"%d", 5), bytes.__contains__(b, 97))
print(bytes.__rmod__(b"x", b"%s"), bytes.__rmod__(b"x", "s"), bytearray.__rmod__(bytearray(b"y"), bytearray(b"%s")), bytearray.__rmod__(ba, b"%s"))
print(bytes.__eq__(b, bytearray(b"ab")), bytes.__eq__(b, b"ab"), bytearray.__eq__(bytearray(b"ab"), b"ab"), bytes.__lt__(b, ba), bytearray.__lt__(ba, b))
print(bytearray.__hash__, hash(b) == bytes.__hash__(b), bytearray.__imul__(bytearray(b"z"), 3), bytearray.__iadd__(bytearray(b"p"), b"q"))
for call in [lambda: bytes.__mul__(b, 2.0), lambda: bytes.__rmul__(b, "x"), lambda: bytearray.__imul__(ba, None), lambda: bytes.__add__(b, "s"),
             lambda: bytes.__mul__(b, 2**70), lambda: bytes.__getitem__(b, "x"), lambda: bytes.__len__("s")]:
    try:
        print(call())
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
