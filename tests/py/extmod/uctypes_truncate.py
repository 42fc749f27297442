# mprt: exp-manual
# Assigning out-of-range values truncates to the field width; bad types raise.
import uctypes

D = {
    "u8": uctypes.UINT8 | 0,
    "i8": uctypes.INT8 | 1,
    "u16": uctypes.UINT16 | 2,
    "i16": uctypes.INT16 | 4,
    "u32": uctypes.UINT32 | 8,
    "i32": uctypes.INT32 | 12,
    "u64": uctypes.UINT64 | 16,
    "i64": uctypes.INT64 | 24,
    "f32": uctypes.FLOAT32 | 32,
    "f64": uctypes.FLOAT64 | 40,
}
for layout in (uctypes.LITTLE_ENDIAN, uctypes.BIG_ENDIAN, uctypes.NATIVE):
    buf = bytearray(48)
    s = uctypes.struct(uctypes.addressof(buf), D, layout)
    for name, v in (("u8", 300), ("i8", 200), ("u16", -1), ("i16", 40000), ("u32", 2**32 + 5),
                    ("i32", 2**31), ("u64", -1), ("i64", 2**63), ("u8", True), ("i16", False)):
        setattr(s, name, v)
        print(name, v, getattr(s, name))
    s.u64 = 2**70 + 7
    s.i64 = -(2**64) - 3
    print(s.u64, s.i64)
    s.f32 = 3
    s.f64 = 2**60
    print(s.f32, s.f64)
    s.f32 = 1e300
    print(s.f32)
    s.f32 = 16777217
    print(s.f32)
    for name, v in (("u8", 1.0), ("u32", "1"), ("f32", "x"), ("f64", None), ("i64", 2.5), ("u64", [])):
        try:
            setattr(s, name, v)
            print("no error")
        except TypeError as e:
            print(name, "TypeError", e)
    print(buf.hex())
