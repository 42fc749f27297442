# mprt: exp-manual
# Bitfields in 8/16/32-bit containers, signed and unsigned, all layouts.
import uctypes

P, L = uctypes.BF_POS, uctypes.BF_LEN
D = {
    "a": uctypes.BFUINT8 | 0 | 1 << P | 3 << L,
    "b": uctypes.BFINT8 | 0 | 4 << P | 4 << L,
    "c": uctypes.BFUINT16 | 2 | 5 << P | 9 << L,
    "d": uctypes.BFINT16 | 2 | 0 << P | 5 << L,
    "e": uctypes.BFUINT32 | 4 | 3 << P | 20 << L,
    "f": uctypes.BFINT32 | 4 | 28 << P | 4 << L,
    "g": uctypes.BFUINT32 | 4 | 0 << P | 31 << L,
    "h": uctypes.BFINT8 | 1 | 4 << P | 8 << L,
    "z": uctypes.BFUINT16 | 2 | 3 << P | 0 << L,
}
NAMES = sorted(D)
for layout in (uctypes.LITTLE_ENDIAN, uctypes.BIG_ENDIAN, uctypes.NATIVE):
    buf = bytearray(b"\xb5\x9c\x3a\xe7\x12\x34\x56\xf8")
    s = uctypes.struct(uctypes.addressof(buf), D, layout)
    print([hex(getattr(s, n)) for n in NAMES])
    s.a = 0xFF
    s.b = -1
    s.c = 0x1AB
    s.d = 3
    s.e = 0x12345
    s.f = 9
    print(buf.hex(), [hex(getattr(s, n)) for n in NAMES])
    s.z = 7
    s.g = 0
    print(buf.hex())
    for v in (1.5, "x"):
        try:
            s.a = v
        except TypeError as e:
            print("TypeError", e)
    print(uctypes.sizeof(D, layout))
