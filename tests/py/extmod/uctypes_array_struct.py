# mprt: exp-manual
# Arrays of structures: (ARRAY | offset, count, {descriptor}).
import uctypes

REC = {"id": uctypes.UINT8 | 0, "val": uctypes.UINT16 | 2}
DESC = {
    "n": uctypes.UINT8 | 0,
    "recs": (uctypes.ARRAY | 4, 3, REC),
    "raw": (uctypes.ARRAY | 4, uctypes.UINT8 | 12),
    "grid": (uctypes.ARRAY | 16, 2, (uctypes.ARRAY | 0, uctypes.UINT8 | 3)),
    "pairs": (uctypes.ARRAY | 22, 2, (uctypes.ARRAY | 0, 2, {"b": uctypes.INT8 | 0})),
}
buf = bytearray(range(32))
for layout in (uctypes.LITTLE_ENDIAN, uctypes.BIG_ENDIAN, uctypes.NATIVE):
    s = uctypes.struct(uctypes.addressof(buf), DESC, layout)
    print([(s.recs[i].id, s.recs[i].val) for i in range(3)])
    print(uctypes.sizeof(s.recs), uctypes.sizeof(s.recs[0]), uctypes.sizeof(s.raw))
    print([[s.grid[r][c] for c in range(3)] for r in range(2)])
    print([[s.pairs[r][c].b for c in range(2)] for r in range(2)])
    print(uctypes.sizeof(s.grid), uctypes.sizeof(s.grid[1]), uctypes.sizeof(s.pairs))

s = uctypes.struct(uctypes.addressof(buf), DESC, uctypes.LITTLE_ENDIAN)
s.recs[1].id = 0xAA
s.recs[2].val = 0x1234
s.grid[1][2] = 0xFF
s.pairs[0][1].b = -2
print(bytes(buf))
print(type(s.recs).__name__, type(s.recs[0]).__name__, type(s.grid[0]).__name__)
print(str(s.recs).split()[:2], str(s.recs[0]).split()[:2], str(s.grid[0]).split()[:2])
for bad in (3, 10):
    try:
        s.recs[bad]
    except IndexError as e:
        print("IndexError", e)
try:
    s.recs[0] = 1
except TypeError as e:
    print("TypeError", e)
# a negative index reaches memory before the array
print(s.recs[-1].id, s.recs[-1].val)
# arrays of arrays of structs: the element stride is the inner size
print(uctypes.sizeof((uctypes.ARRAY | 0, 3, {"a": uctypes.UINT32 | 0, "b": uctypes.UINT8 | 4})))
print(uctypes.sizeof((uctypes.ARRAY | 0, 3, {"a": uctypes.UINT32 | 0, "b": uctypes.UINT8 | 4}), uctypes.LITTLE_ENDIAN))
