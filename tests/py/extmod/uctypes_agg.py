# mprt: exp-manual
import uctypes

POINT = {"x": uctypes.INT16 | 0, "y": uctypes.INT16 | 2}
DESC = {
    "hdr": (0, {"kind": uctypes.UINT8 | 0, "flags": uctypes.UINT8 | 1}),
    "pt": (2, POINT),
    "arr": (uctypes.ARRAY | 6, uctypes.UINT16 | 4),
    "bytes": (uctypes.ARRAY | 6, uctypes.UINT8 | 8),
    "pts": (uctypes.ARRAY | 14, 3, POINT),
}
buf = bytearray(range(26))
s = uctypes.struct(uctypes.addressof(buf), DESC, uctypes.LITTLE_ENDIAN)
print(type(s.arr).__name__, len(s.bytes))
print(s.hdr.kind, s.hdr.flags, s.pt.x, s.pt.y)
print([s.arr[i] for i in range(4)], [hex(s.bytes[i]) for i in range(8)])
print([(s.pts[i].x, s.pts[i].y) for i in range(3)])
s.hdr.flags = 200
s.pt.y = -1
s.arr[1] = 0xbeef
s.bytes[7] = 99
s.pts[2].x = 0x4142
print(buf)
for i in (4, 100):
    try:
        s.arr[i]
    except IndexError as e:
        print("IndexError")
try:
    s.nosuch
except KeyError:
    print("KeyError")

# nested arrays and big-endian
B = {"a": (uctypes.ARRAY | 0, 2, {"v": uctypes.UINT16 | 0, "w": (uctypes.ARRAY | 2, uctypes.UINT8 | 2)})}
b = uctypes.struct(uctypes.addressof(buf), B, uctypes.BIG_ENDIAN)
print(hex(b.a[0].v), hex(b.a[1].v), b.a[1].w[1])

print(uctypes.sizeof(POINT), uctypes.sizeof(DESC), uctypes.sizeof(DESC, uctypes.LITTLE_ENDIAN))
print(uctypes.sizeof({"a": uctypes.UINT32 | 0, "b": uctypes.UINT8 | 4}))
print(uctypes.sizeof({"a": uctypes.UINT32 | 0, "b": uctypes.UINT8 | 4}, uctypes.BIG_ENDIAN))
print(uctypes.sizeof({"a": uctypes.UINT64 | 0, "b": uctypes.UINT8 | 8}), uctypes.sizeof({"d": uctypes.FLOAT64 | 1}))
print(uctypes.sizeof(s), uctypes.sizeof(b), uctypes.sizeof(s.pt), uctypes.sizeof(s.arr))
print(uctypes.sizeof({"x": (uctypes.ARRAY | 2, uctypes.UINT16 | 5)}))
try:
    uctypes.sizeof(uctypes.UINT8)
except TypeError as e:
    print("TypeError", e)
