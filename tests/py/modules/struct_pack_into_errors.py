# struct.pack_into into bytearray/memoryview, offsets and errors
import struct
b = bytearray(8)
struct.pack_into("<H", b, 0, 0x1234); print(b)
struct.pack_into("<H", b, -2, 0xFFFF); print(b)
struct.pack_into("<BB", memoryview(b), 3, 1, 2); print(b)
def t(f, *a):
    try:
        print(f(*a))
    except Exception as e:
        print(type(e).__name__, e)
t(struct.pack_into, "<I", b, 6, 1)
t(struct.pack_into, "<I", b, -9, 1)
t(struct.pack_into, "<I", bytes(8), 0, 1)
t(struct.pack_into, "<I", b, 0)
t(struct.pack_into, "<I", b, 0, 1, 2)
t(struct.pack_into, "<I", b)
s = struct.Struct("<hh")
s.pack_into(b, 2, -1, -2); print(b)
print(s.unpack_from(b, 2), s.size, s.format)
