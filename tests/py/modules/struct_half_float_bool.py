# struct 'e' half floats (rounding, inf/nan, overflow), '?' bools, native '@' sizes
import struct, math
for v in [0.0, -0.0, 1.0, 65504.0, 65519.0, 6.1e-5, 5.96e-8, 1e-8, 0.1, 1 / 3, math.inf, -math.inf]:
    b = struct.pack("<e", v)
    print(v, b.hex(), struct.unpack("<e", b)[0])
print(math.isnan(struct.unpack("<e", struct.pack("<e", math.nan))[0]))
for v in [65520.0, 1e6, -1e6]:
    try:
        struct.pack("<e", v)
    except OverflowError as e:
        print("OverflowError", e)
print(struct.unpack("<e", b"\x00\x7c"), struct.unpack(">e", b"\x3c\x00"), struct.unpack("<2e", b"\x00\x3c\x00\xc0"))
for v in [0, 1, 2, -1, [], [0], "", "x", None, 0.0]:
    print(repr(v), struct.pack("?", v))
print(struct.unpack("??", b"\x00\x02"))
print(struct.calcsize("@c?hilqfdeP"), struct.calcsize("=c?hilqfde"), struct.calcsize("@hi"), struct.calcsize("@ih"))
print(struct.pack("@bi", 1, 2), struct.pack("@2b0i", 1, 2))
print(struct.calcsize("@n"), struct.calcsize("@N"), struct.pack("@n", -1) == struct.pack("@q", -1))
