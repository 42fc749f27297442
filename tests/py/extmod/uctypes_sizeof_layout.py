# mprt: exp-manual
# sizeof: NATIVE rounds up to the widest field, other layouts pack.
import uctypes as u

CASES = [
    {},
    {"a": u.UINT8 | 0},
    {"a": u.UINT8 | 0, "b": u.UINT16 | 1},
    {"a": u.UINT8 | 0, "b": u.UINT32 | 1},
    {"a": u.INT64 | 0, "b": u.INT8 | 8},
    {"a": u.FLOAT32 | 0, "b": u.UINT8 | 4},
    {"a": u.FLOAT64 | 3},
    {"a": u.BFUINT16 | 0 | 3 << u.BF_POS | 2 << u.BF_LEN, "b": u.UINT8 | 2},
    {"a": u.BFUINT32 | 1 | 0 << u.BF_POS | 1 << u.BF_LEN},
    {"s": (1, {"x": u.UINT16 | 0, "y": u.UINT8 | 2})},
    {"s": (0, {"x": u.UINT8 | 0}), "t": (5, {"y": u.UINT8 | 0})},
    {"arr": (u.ARRAY | 1, u.UINT16 | 3)},
    {"arr": (u.ARRAY | 0, u.UINT8 | 5)},
    {"arr": (u.ARRAY | 2, u.FLOAT64 | 2)},
    {"arr": (u.ARRAY | 1, 3, {"x": u.UINT16 | 0, "y": u.UINT8 | 2})},
    {"arr": (u.ARRAY | 0, 0, {"x": u.UINT32 | 0})},
    (u.ARRAY | 0, u.INT32 | 7),
    (u.ARRAY | 0, 2, (u.ARRAY | 0, u.UINT16 | 3)),
    (4, {"x": u.UINT32 | 0, "y": u.UINT8 | 4}),
]
for c in CASES:
    print(u.sizeof(c), u.sizeof(c, u.NATIVE), u.sizeof(c, u.LITTLE_ENDIAN), u.sizeof(c, u.BIG_ENDIAN))

# sizeof an instantiated struct uses the struct's own layout
buf = bytearray(64)
D = {"a": u.UINT8 | 0, "b": u.UINT32 | 1}
for layout in (u.NATIVE, u.LITTLE_ENDIAN, u.BIG_ENDIAN):
    print(u.sizeof(u.struct(u.addressof(buf), D, layout)))
# a UINT8 array field is a byte buffer: sizeof is its length
s = u.struct(u.addressof(buf), {"b": (u.ARRAY | 3, u.UINT8 | 9)})
print(u.sizeof(s.b), u.sizeof(bytearray(3)))
