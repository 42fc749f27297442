# mprt: exp-manual
import uctypes

print(uctypes.UINT8, uctypes.INT8, uctypes.UINT16, uctypes.INT16, uctypes.UINT32, uctypes.INT32)
print(uctypes.UINT64, uctypes.INT64, uctypes.FLOAT32, uctypes.FLOAT64, uctypes.VOID)
print(uctypes.BFUINT8, uctypes.BFINT8, uctypes.BFUINT16, uctypes.BFINT16, uctypes.BFUINT32, uctypes.BFINT32)
print(uctypes.PTR, uctypes.ARRAY, uctypes.BF_POS, uctypes.BF_LEN)
print(uctypes.LITTLE_ENDIAN, uctypes.BIG_ENDIAN, uctypes.NATIVE)

DESC = {
    "u8": uctypes.UINT8 | 0,
    "i8": uctypes.INT8 | 1,
    "u16": uctypes.UINT16 | 2,
    "i16": uctypes.INT16 | 4,
    "u32": uctypes.UINT32 | 6,
    "i32": uctypes.INT32 | 10,
    "u64": uctypes.UINT64 | 14,
    "i64": uctypes.INT64 | 22,
}
buf = bytearray(b"\xfe\xfd\x01\x02\xff\xfe\x01\x02\x03\x84\xff\xff\xff\xfe\x01\x02\x03\x04\x05\x06\x07\x08\xf0\xff\xff\xff\xff\xff\xff\xff")
for layout in (uctypes.LITTLE_ENDIAN, uctypes.BIG_ENDIAN):
    s = uctypes.struct(uctypes.addressof(buf), DESC, layout)
    print([(k, getattr(s, k)) for k in sorted(DESC)])

s = uctypes.struct(uctypes.addressof(buf), DESC, uctypes.LITTLE_ENDIAN)
s.u8 = 0x1ff
s.i8 = -2
s.u16 = 0xabcd
s.i16 = -300
s.u32 = 0xdeadbeef
s.i32 = -123456
s.u64 = 0x0102030405060708
s.i64 = -2
print(buf)
print(s.u8, s.i8, hex(s.u16), s.i16, hex(s.u32), s.i32, hex(s.u64), s.i64)
b = uctypes.struct(uctypes.addressof(buf), DESC, uctypes.BIG_ENDIAN)
b.u16 = 0x1234
b.u32 = 0x11223344
print(buf[2:4], buf[6:10])
print(hex(s.u16), hex(s.u32))

f = bytearray(12)
fs = uctypes.struct(uctypes.addressof(f), {"f": uctypes.FLOAT32 | 0, "d": uctypes.FLOAT64 | 4}, uctypes.LITTLE_ENDIAN)
fs.f = 1.5
fs.d = -0.25
print(f, fs.f, fs.d)
fs.f = 3
print(fs.f)
fb = uctypes.struct(uctypes.addressof(f), {"f": uctypes.FLOAT32 | 0}, uctypes.BIG_ENDIAN)
fb.f = 2.0
print(f[:4])
