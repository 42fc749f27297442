# struct: pad bytes, repeat counts, 's' and 'p'-less formats, whitespace
import struct
print(struct.pack("<3xB", 7), struct.calcsize("<3xB"), struct.unpack("<3xB", b"\0\0\0\x07"))
print(struct.pack("<0s", b"abc"), struct.pack("<5s", b"ab"), struct.pack("<2s", b"abcdef"))
print(struct.unpack("<5s", b"ab\0\0\0"), struct.calcsize("10s"), struct.calcsize("<10c"))
print(struct.pack("<3c", b"a", b"b", b"c"), struct.unpack("<3c", b"xyz"))
print(struct.pack("< h h", 1, 2), struct.calcsize("< 2h  i"))
print(struct.pack("<0i"), struct.calcsize("<0i"), struct.unpack("<0i", b""))
print(struct.pack("<?", 2), struct.pack("<?", 0), struct.unpack("<3?", b"\x00\x01\x05"))
print(struct.pack(">bxh", 1, 2), struct.calcsize("bxh"), struct.calcsize("@bxh"))
print(struct.pack("=i", 1), struct.calcsize("=q"), struct.calcsize("!q"))
print(struct.pack("<s", b"z"), struct.pack("<1s", bytearray(b"y")))
