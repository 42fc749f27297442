# mprt: exp-manual
# ARRAY of every scalar type: indexing, assignment, truncation, bounds.
import uctypes

NAMES = ("INT8", "UINT16", "INT16", "UINT32", "INT32", "UINT64", "INT64", "FLOAT32", "FLOAT64")
for lname, layout in (("LE", uctypes.LITTLE_ENDIAN), ("BE", uctypes.BIG_ENDIAN), ("NATIVE", uctypes.NATIVE)):
    for n in NAMES:
        t = getattr(uctypes, n)
        buf = bytearray(b"\x81\x02\x83\x04\x85\x06\x87\x08" * 4)
        s = uctypes.struct(uctypes.addressof(buf), {"a": (uctypes.ARRAY | 0, t | 3)}, layout)
        a = s.a
        vals = [a[i] for i in range(3)]
        if n.startswith("FLOAT"):
            vals = ["%.6g" % v for v in vals]
            a[1] = -2.5
            a[2] = 7
        else:
            vals = [hex(v) for v in vals]
            a[1] = -2
            a[2] = 2**64 + 0x1234
        print(lname, n, vals, a[1], a[2], uctypes.sizeof(a), buf[:24].hex())
        try:
            a[3]
        except IndexError:
            print("IndexError")
        try:
            a[3] = 0
        except IndexError:
            print("IndexError")
# UINT8 arrays share the buffer and support slicing
buf = bytearray(b"abcdefgh")
s = uctypes.struct(uctypes.addressof(buf), {"b": (uctypes.ARRAY | 2, uctypes.UINT8 | 4)})
b = s.b
print(len(b), bytes(b), bytes(b[1:3]), b[0], b[-1])
b[0] = 0x5A
buf[5] = 0x21
print(buf, bytes(b))
