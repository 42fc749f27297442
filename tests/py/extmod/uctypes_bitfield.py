# mprt: exp-manual
import uctypes

D = {
    "lo": uctypes.BFUINT8 | 0 | 0 << uctypes.BF_POS | 4 << uctypes.BF_LEN,
    "hi": uctypes.BFUINT8 | 0 | 4 << uctypes.BF_POS | 4 << uctypes.BF_LEN,
    "mid": uctypes.BFUINT16 | 1 | 3 << uctypes.BF_POS | 7 << uctypes.BF_LEN,
    "flag": uctypes.BFUINT32 | 3 | 31 << uctypes.BF_POS | 1 << uctypes.BF_LEN,
    "word": uctypes.UINT32 | 3,
}
buf = bytearray(8)
for layout in (uctypes.LITTLE_ENDIAN, uctypes.BIG_ENDIAN):
    buf[:] = bytes(8)
    s = uctypes.struct(uctypes.addressof(buf), D, layout)
    s.lo = 0xa
    s.hi = 0x5
    print(buf, s.lo, s.hi)
    s.lo = 0x1f
    print(buf, s.lo, s.hi)
    s.mid = 0x55
    print(buf, s.mid)
    s.mid = 0xfff
    print(buf, s.mid, s.lo, s.hi)
    s.flag = 1
    print(buf, s.flag, hex(s.word))
    s.flag = 0
    print(buf, s.flag)
buf[:] = b"\xff" * 8
print(s.lo, s.hi, s.mid, s.flag)
print(uctypes.sizeof(D), uctypes.sizeof(D, uctypes.LITTLE_ENDIAN))
