import struct

for fmt, val in [("b", -5), ("B", 200), ("h", -300), ("H", 60000), ("i", -70000),
                 ("I", 4000000000), ("l", -2), ("L", 7), ("q", -2**40), ("Q", 2**63),
                 ("n", -9), ("N", 9), ("e", 1.5), ("f", 0.25), ("d", -2.5),
                 ("?", True), ("c", b"x"), ("P", 0)]:
    for pre in "<>=!":
        try:
            data = struct.pack(pre + fmt, val)
            print(pre + fmt, data.hex(), struct.unpack(pre + fmt, data))
        except struct.error as e:
            print(pre + fmt, "error", e)

print(struct.pack("<5s", b"ab"), struct.pack("<2s", b"abcd"))
print(struct.pack("<3p", b"abcdef"), struct.unpack("<4p", b"\x02abc"))
print(struct.pack("<x2xb", 1))
print(struct.unpack("<?", b"\x05"))
print(struct.pack("<0s", b"abc"), struct.calcsize("0s"))
