import struct

for fmt in ["bi", "@bi", "=bi", "<bi", ">bi", "!bi", "bq", "@bq", "hd", "@hd", "bH",
            "ci", "iic", "@3bi", "@i0q", "@b0i", "@?d", "xi", "@xi"]:
    print(fmt, struct.calcsize(fmt))

print(struct.pack("@bi", 1, 2) == struct.pack("=bxxxi", 1, 2))
print(struct.pack(">hi", 1, 2).hex())
print(struct.pack("!Q", 1).hex())
print(struct.calcsize(""), struct.pack(""), struct.unpack("", b""))
print(struct.calcsize("10x"), struct.calcsize("3s4s"), struct.calcsize("<2h3b"))
print(struct.calcsize("< i h "))
