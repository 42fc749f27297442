# mprt: exp-manual
# Every scalar type read and written in the three layouts.
import uctypes

NAMES = ("UINT8", "INT8", "UINT16", "INT16", "UINT32", "INT32", "UINT64", "INT64", "FLOAT32", "FLOAT64")
D = {}
for n in NAMES:
    D[n] = getattr(uctypes, n) | 0
LAYOUTS = (("LE", uctypes.LITTLE_ENDIAN), ("BE", uctypes.BIG_ENDIAN), ("NATIVE", uctypes.NATIVE))

buf = bytearray(b"\xf1\x82\x93\xa4\xb5\xc6\xd7\xe8")
for lname, layout in LAYOUTS:
    s = uctypes.struct(uctypes.addressof(buf), D, layout)
    print(lname, [hex(getattr(s, n)) for n in NAMES[:8]])
    print(lname, getattr(s, "FLOAT32"), getattr(s, "FLOAT64"))

for lname, layout in LAYOUTS:
    out = []
    for n in NAMES:
        w = bytearray(8)
        s = uctypes.struct(uctypes.addressof(w), D, layout)
        setattr(s, n, 1.5 if n.startswith("FLOAT") else -2)
        out.append(w.hex())
        out.append(getattr(s, n))
    print(lname, out)

# VOID is UINT8
print(uctypes.VOID == uctypes.UINT8)
# fields at odd offsets are fine in every layout
odd = {"a": uctypes.UINT32 | 1, "b": uctypes.INT16 | 5, "c": uctypes.FLOAT64 | 7}
w = bytearray(16)
for lname, layout in LAYOUTS:
    s = uctypes.struct(uctypes.addressof(w), odd, layout)
    s.a = 0x11223344
    s.b = -300
    s.c = -0.25
    print(lname, w.hex(), hex(s.a), s.b, s.c)
