# struct: native vs explicit sizes, multiple items, round trips
import struct
fmt = "<bBhHiIqQ"
vals = (-128, 255, -32768, 65535, -2 ** 31, 2 ** 32 - 1, -2 ** 63, 2 ** 64 - 1)
packed = struct.pack(fmt, *vals)
print(len(packed), packed.hex(), struct.unpack(fmt, packed) == vals)
print(struct.calcsize("<bBhHiIqQ"), struct.calcsize(">bhiq"), struct.calcsize("<fd"))
for v in [0.0, -1.5, 3.25, 1e10]:
    print(v, struct.unpack("<d", struct.pack("<d", v))[0], struct.unpack(">f", struct.pack(">f", v))[0])
print(struct.pack(">I", 0x01020304), struct.pack("<I", 0x01020304), struct.pack("!H", 258))
header = struct.pack("<4sHH", b"MPRT", 1, 2)
magic, major, minor = struct.unpack("<4sHH", header)
print(magic, major, minor, len(header))
print(struct.unpack("<4B", struct.pack("<I", 0xDEADBEEF)), struct.unpack(">4B", struct.pack(">I", 0xDEADBEEF)))
print(struct.pack("<2H3s", 1, 2, b"ab"), struct.unpack("<2H3s", b"\x01\x00\x02\x00xyz"))
