import struct

print(list(struct.iter_unpack("<h", b"\x01\x00\x02\x00\x03\x00")))
print(list(struct.iter_unpack("<bb", b"")))
it = struct.iter_unpack(">H", b"\x00\x01\x00\x02")
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print("stop")
try:
    struct.iter_unpack("<h", b"\x01\x00\x02")
except struct.error as e:
    print("error", e)
try:
    struct.iter_unpack("", b"")
except struct.error as e:
    print("error", e)
s = struct.Struct("<hb")
print(s.size, s.format)
print(s.pack(1, 2), s.unpack(b"\x01\x00\x02"))
print(list(s.iter_unpack(b"\x01\x00\x02\x03\x00\x04")))
b = bytearray(6)
s.pack_into(b, 3, 5, 6)
print(b, s.unpack_from(b, 3))
