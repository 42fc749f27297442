# mprt: exp-manual
# A struct supports the buffer protocol over its own bytes; addressof and
# repr report its position.
import uctypes

buf = bytearray(b"ABCDEFGHIJKLMNOP")
A = uctypes.addressof(buf)
D = {"hdr": (2, {"a": uctypes.UINT16 | 0, "b": uctypes.UINT8 | 2}),
     "arr": (uctypes.ARRAY | 8, uctypes.UINT16 | 3),
     "sarr": (uctypes.ARRAY | 6, 2, {"v": uctypes.UINT8 | 0}),
     "u8": (uctypes.ARRAY | 12, uctypes.UINT8 | 4)}
for layout in (uctypes.LITTLE_ENDIAN, uctypes.NATIVE):
    s = uctypes.struct(A, D, layout)
    print(bytes(s), bytes(s.hdr), bytes(s.arr), bytes(s.sarr), bytes(s.sarr[1]))
    print(uctypes.sizeof(s), uctypes.sizeof(s.hdr), len(bytes(s.hdr)))
    print(uctypes.addressof(s) - A, uctypes.addressof(s.hdr) - A, uctypes.addressof(s.arr) - A,
          uctypes.addressof(s.sarr[1]) - A, uctypes.addressof(s.u8) - A)
    r = repr(s.hdr)
    print(r.split()[:2], int(r.split()[2][:-1], 16) - A)
    r = repr(s.sarr)
    print(r.split()[:2], int(r.split()[2][:-1], 16) - A)
    print(bytes(s.u8), uctypes.sizeof(s.u8), len(s.u8))
    s.u8[0] = 0x7A
    print(buf)
# a memoryview of a struct writes through
s = uctypes.struct(A, D, uctypes.LITTLE_ENDIAN)
m = memoryview(s.hdr)
print(len(m), m[0])
m[1] = 0x21
print(buf, hex(s.hdr.a))
print(bytearray(s.arr))
# a struct over a struct
t = uctypes.struct(uctypes.addressof(s.arr), {"w": uctypes.UINT16 | 2}, uctypes.BIG_ENDIAN)
print(hex(t.w))
print(uctypes.bytes_at(uctypes.addressof(s.hdr), 3))
