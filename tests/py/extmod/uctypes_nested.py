# mprt: exp-manual
# Nested aggregates: structs in structs in arrays, offsets add up.
import uctypes
from collections import OrderedDict

INNER = {"lo": uctypes.UINT8 | 0, "hi": uctypes.UINT8 | 1, "w": uctypes.UINT16 | 0,
         "bits": uctypes.BFUINT8 | 1 | 4 << uctypes.BF_POS | 4 << uctypes.BF_LEN}
MID = {"tag": uctypes.UINT8 | 0, "in": (2, INNER), "ins": (uctypes.ARRAY | 4, 2, INNER)}
TOP = OrderedDict([("head", uctypes.UINT16 | 0), ("m", (2, MID)), ("ms", (uctypes.ARRAY | 10, 2, MID))])
buf = bytearray(range(0x10, 0x30))
for layout in (uctypes.LITTLE_ENDIAN, uctypes.BIG_ENDIAN):
    s = uctypes.struct(uctypes.addressof(buf), TOP, layout)
    print(hex(s.head), hex(s.m.tag), hex(s.m.in_ if False else getattr(s.m, "in").w))
    print([hex(s.m.ins[i].w) for i in range(2)], [hex(s.ms[i].tag) for i in range(2)])
    print([[hex(s.ms[i].ins[j].hi) for j in range(2)] for i in range(2)], hex(s.ms[1].ins[1].bits))
    print(uctypes.sizeof(s.ms[0]), uctypes.sizeof(s.m), uctypes.sizeof(s), uctypes.sizeof(TOP, layout))
    print(uctypes.addressof(s.ms[1].ins[1]) - uctypes.addressof(buf))
s = uctypes.struct(uctypes.addressof(buf), TOP, uctypes.LITTLE_ENDIAN)
s.ms[1].ins[0].w = 0xBEEF
s.ms[0].ins[1].bits = 0xA
getattr(s.m, "in").lo = 0
print(buf.hex())
# a struct may start inside a buffer (address arithmetic)
t = uctypes.struct(uctypes.addressof(buf) + 10, MID, uctypes.BIG_ENDIAN)
print(hex(t.tag), hex(getattr(t, "in").w), hex(t.ins[1].w))
print(uctypes.sizeof(MID), uctypes.sizeof(INNER), uctypes.sizeof(TOP))
