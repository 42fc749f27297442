import struct
data = struct.pack("<bBhHiIlLqQ", -1, 255, -2, 65535, -3, 2**32 - 1, -4, 2**32 - 1, -5, 2**64 - 1)
print(struct.unpack("<bBhHiIlLqQ", data))
print(struct.unpack(">HH", b"\x00\x01\x00\x02"), struct.unpack("<?c3s", b"\x02xabc"), struct.unpack("<5p", b"\x02abzz"), struct.unpack("<e", b"\x00\x3e"))
print(struct.unpack("<f", struct.pack("<f", 0.1)), struct.unpack(">d", struct.pack(">d", -2.25)), struct.unpack("<e", struct.pack("<e", 0.1)), struct.unpack(">e", b"\x7c\x00"))
print(struct.unpack("bhi", struct.pack("bhi", 1, -2, 3)), struct.unpack("hxi", struct.pack("hxi", 4, 5)), struct.unpack("<2h", b"\x01\x00\xff\xff"))
print(struct.unpack(b"<i", bytearray(b"\x01\x00\x00\x00")), struct.unpack("<i", memoryview(b"\x02\x00\x00\x00")))
buf = bytearray(12)
struct.pack_into("<HI", buf, 1, 7, 9)
print(buf, struct.unpack_from("<I", buf, 3), struct.unpack_from("<H", buf, offset=1), struct.unpack_from("<B", buf), struct.unpack_from("<H", buf, -4))
struct.pack_into("<h", buf, -2, -1)
print(buf)
mv = memoryview(bytearray(4))
struct.pack_into(">I", mv, 0, 0x01020304)
print(mv.tobytes())
print([t for t in struct.iter_unpack("<h", b"\x01\x00\x02\x00\x03\x00")], [t for t in struct.iter_unpack("<2B", b"abcd")])
for call in ["struct.unpack('<i', b'abc')", "struct.unpack_from('<i', b'abc', 1)", "struct.pack_into('<i', bytearray(5), 2, 1)",
             "struct.iter_unpack('<i', b'abcde')", "struct.unpack_from('<i', b'abcdefgh', -3)", "struct.unpack_from('<i', b'abcdefgh', 10)",
             "struct.unpack('<i', 'abcd')", "struct.pack_into('<i', b'abcd', 0, 1)"]:
    try:
        print(eval(call))
    except (struct.error, TypeError) as e:
        print(call, type(e).__name__, e)
s = struct.Struct("<hi")
print(s.size, s.format, s.pack(1, 2), s.unpack(b"\x01\x00\x02\x00\x00\x00"), s.unpack_from(b"xx\x01\x00\x02\x00\x00\x00", 2))
b2 = bytearray(6)
s.pack_into(b2, 0, 3, 4)
print(b2, [t for t in s.iter_unpack(bytes(b2))])
