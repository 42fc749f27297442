import struct

buf = bytearray(12)
struct.pack_into("<hh", buf, 2, 1, -1)
print(buf.hex())
struct.pack_into(">I", buf, -4, 0xdeadbeef)
print(buf.hex())
print(struct.unpack_from("<hh", buf, 2))
print(struct.unpack_from(">I", buf, offset=8))
print(struct.unpack_from("<b", buf))
print(struct.unpack_from("<b", buf, -1))
try:
    struct.pack_into("<i", buf, 10, 1)
except struct.error as e:
    print("error", e)
try:
    struct.unpack_from("<i", buf, 10)
except struct.error as e:
    print("error", e)
try:
    struct.pack_into("<i", buf, -20, 1)
except struct.error as e:
    print("error", e)
try:
    struct.unpack_from("<i", buf, -20)
except struct.error as e:
    print("error", e)
try:
    struct.pack_into("<i", bytes(8), 0, 1)
except TypeError as e:
    print("TypeError", e)
mv = memoryview(bytearray(4))
struct.pack_into("<H", mv, 1, 513)
print(bytes(mv))
