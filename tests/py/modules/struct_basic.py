# struct pack/unpack
import struct
print(struct.pack("<I", 1), struct.pack(">I", 1), struct.pack("<H", 0xABCD), struct.pack("<b", -1), struct.pack("B", 255))
print(struct.pack("<ii", -2, 3), struct.pack(">h", -2), struct.pack("<q", -1), struct.pack("<Q", 2 ** 63))
print(struct.unpack("<I", b"\x01\x00\x00\x00"), struct.unpack(">HH", b"\x00\x01\x00\x02"), struct.unpack("<b", b"\xff"))
print(struct.calcsize("<I"), struct.calcsize("<HHB"), struct.calcsize("<q"), struct.calcsize("<d"), struct.calcsize("<10s"))
print(struct.pack("<f", 1.5), struct.unpack("<f", struct.pack("<f", 1.5)), struct.unpack("<d", struct.pack("<d", -2.25)))
print(struct.pack("<5s", b"ab"), struct.unpack("<3s", b"xyz"), struct.pack("<2s", b"abcd"))
print(struct.pack("<?", True), struct.unpack("<??", b"\x00\x01"))
buf = bytearray(8)
struct.pack_into("<HI", buf, 1, 7, 9)
print(buf, struct.unpack_from("<I", buf, 3))
print(struct.pack(">BHI", 1, 2, 3), struct.unpack(">BHI", b"\x01\x00\x02\x00\x00\x00\x03"))
print(struct.pack("<3B", 1, 2, 3), struct.unpack("<2h", b"\x01\x00\xff\xff"))
for fmt, args in [("<B", (256,)), ("<b", (128,)), ("<I", (-1,)), ("<H", ("x",))]:
    try:
        struct.pack(fmt, *args)
    except (struct.error, OverflowError, TypeError) as e:
        print("error caught", fmt)
try:
    struct.unpack("<I", b"\x00")
except (struct.error, ValueError) as e:
    print("unpack error caught")
