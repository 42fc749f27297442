# struct.unpack_from offsets and errors, iter_unpack errors
import struct
buf = bytes(range(16))
print(struct.unpack_from("<H", buf), struct.unpack_from("<H", buf, 3), struct.unpack_from("<H", buf, offset=14))
print(struct.unpack_from("<H", buf, -2), struct.unpack_from("<2B", memoryview(buf), 1))
def t(f, *a, **k):
    try:
        print(f(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)
t(struct.unpack_from, "<H", buf, 15)
t(struct.unpack_from, "<H", buf, 16)
t(struct.unpack_from, "<H", buf, -1)
t(struct.unpack_from, "<H", buf, -17)
t(struct.unpack_from, "<I", b"ab")
t(lambda: list(struct.iter_unpack("<H", b"abc")))
t(lambda: list(struct.iter_unpack("<0s", b"")))
t(lambda: list(struct.iter_unpack("<H", b"abcd")))
t(struct.unpack, "<H", "ab")
t(struct.pack, "<z", 1)
t(struct.calcsize, "<3")
t(struct.unpack_from, "<b")
t(struct.pack)
t(struct.calcsize, b"<i")
