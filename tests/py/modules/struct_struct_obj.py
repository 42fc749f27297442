import struct

s = struct.Struct(">Ih2s")
print(s.format, s.size, s.pack(1, -2, b"ab"), s.unpack(s.pack(7, 8, b"xy")))
s2 = struct.Struct(b"<q")
print(s2.format, s2.size, s2.unpack(b"\xff" * 8))
try:
    s.unpack(b"short")
except struct.error as e:
    print("error", e)
try:
    s.pack(1, 2)
except struct.error as e:
    print("error", e)
try:
    struct.Struct("z")
except struct.error as e:
    print("error", e)
try:
    s.unpack_from(b"\x00" * 8, 2)
except struct.error as e:
    print("error", e)
print(s.unpack_from(b"\x00" * 12, offset=4))
print(struct.pack("<3h", 1, 2, 3), struct.unpack("<2I", b"\x01\x00\x00\x00\x02\x00\x00\x00"))
print(struct.unpack("<?H", b"\x01\x02\x03"), struct.calcsize("<?H"), struct.calcsize("@?H"))
print(struct.pack(">e", 65504.0), struct.unpack(">e", b"\x7c\x00"), struct.unpack("<f", struct.pack("<f", 0.1)))
print(struct.pack("<d", float("inf")), struct.unpack("<d", b"\x00" * 7 + b"\x80"))
