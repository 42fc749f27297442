import struct
print(struct.pack("<I", 1), struct.pack(">I", 1), struct.pack("!H", 258), struct.pack("=h", -2), struct.pack("@i", 7))
print(struct.pack("<bBhHiIlLqQ", -1, 255, -2, 65535, -3, 2**32 - 1, -4, 2**32 - 1, -5, 2**64 - 1))
print(struct.pack(">bBhHiIlLqQ", -1, 255, -2, 65535, -3, 2**32 - 1, -4, 2**32 - 1, -5, 2**64 - 1))
print(struct.pack("<?c", True, b"x"), struct.pack("<3s", b"ab"), struct.pack("<2s", b"abcd"), struct.pack("<5p", b"ab"), struct.pack("<2p", b"abc"), struct.pack("<0s", b"zz"))
print(struct.pack("<e", 1.5), struct.pack("<e", -0.0), struct.pack("<e", 65504.0), struct.pack("<e", 1e-7), struct.pack("<e", 0.1), struct.pack(">e", 1e400))
print(struct.pack("<f", 1.5), struct.pack(">d", -2.25), struct.pack("<f", 0.1), struct.pack("<d", 1e300))
print(struct.pack("bhi", 1, 2, 3), struct.pack("bq", 1, 2), struct.pack("ci", b"a", 1), struct.pack("hxi", 1, 2), struct.pack("<hxi", 1, 2), struct.pack("3x"))
print(struct.pack("nNP", -1, 2, 3), struct.pack("<4B", 1, 2, 3, 4), struct.pack("< 2h i", 1, 2, 3))
print(struct.calcsize("i"), struct.calcsize("bi"), struct.calcsize("<bi"), struct.calcsize("ib"), struct.calcsize("bq"), struct.calcsize("<10s"), struct.calcsize("@3sd"), struct.calcsize("l"), struct.calcsize("<l"), struct.calcsize(""), struct.calcsize("e"), struct.calcsize("P"))
print(struct.pack(b"<h", 5), struct.pack("<?", []), struct.pack("<?", "x"))
class Ix:
    def __index__(self):
        return 9
print(struct.pack("<i", Ix()), struct.pack("<d", 3), struct.pack("<f", True))
cases = [("<I", -1), ("<i", 2**31), ("I", -1), ("b", 200), ("<B", 256), ("<h", 99999), ("<H", -1), ("<q", 2**64), ("<Q", -1), ("<i", "x"),
         ("<f", "x"), ("<e", 1e10), ("<f", 1e300), ("<c", b"ab"), ("<s", "x"), ("<z", 1), ("<n", 1), ("<l", 2**40), ("l", 2**70), ("<p", 1),
         ("<i", 1.5), ("<x", 1), ("<I", 2**32), ("<i", -2**31 - 1), ("<3", 1), ("<c", "a")]
for fmt, v in cases:
    try:
        print(struct.pack(fmt, v))
    except (struct.error, OverflowError, TypeError) as e:
        print(fmt, type(e).__name__, e)
try:
    struct.pack("<ii", 1)
except struct.error as e:
    print(e)
print(struct.error.__name__, struct.error.__module__, issubclass(struct.error, Exception))
