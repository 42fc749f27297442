# mprt: exp-manual
# Layout values other than the three constants: any value but LITTLE_ENDIAN
# and NATIVE reads big-endian, yet bitfields are written big-endian only for
# BIG_ENDIAN itself (MicroPython's behaviour).
import uctypes as u

D = {"w": u.UINT16 | 0, "b": u.BFUINT16 | 2 | 0 << u.BF_POS | 12 << u.BF_LEN,
     "a": (u.ARRAY | 0, u.UINT16 | 2), "q": u.INT32 | 0}
print(u.LITTLE_ENDIAN, u.BIG_ENDIAN, u.NATIVE)
for lay in (0, 1, 2, 3, -1, 7):
    buf = bytearray(b"\x12\x34\x56\x78")
    s = u.struct(u.addressof(buf), D, lay)
    print(lay, hex(s.w), hex(s.b), hex(s.a[1]), hex(s.q), u.sizeof(s))
    s.b = 0xabc
    print(lay, buf.hex(), hex(s.b))
    s.w = 0x1122
    s.a[1] = 0x3344
    print(lay, buf.hex())
    s.q = -2
    print(lay, buf.hex(), s.q)
print(u.sizeof(D, 5), u.sizeof(D, -3))
