# mprt: exp-manual
# Pointers: PTR to scalars and to structs, read when indexed.
import uctypes

PSIZE = uctypes.sizeof({"p": (uctypes.PTR | 0, uctypes.UINT8)})
PT = uctypes.UINT64 if PSIZE == 8 else uctypes.UINT32
print(PSIZE == uctypes.sizeof((uctypes.PTR | 0, {"x": uctypes.UINT8 | 0})))

target = bytearray(b"\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c")
holder = bytearray(2 * PSIZE)
H = {
    "raw": PT | 0,
    "raw2": PT | PSIZE,
    "p8": (uctypes.PTR | 0, uctypes.UINT8),
    "p16": (uctypes.PTR | 0, uctypes.UINT16),
    "pi32": (uctypes.PTR | 0, uctypes.INT32),
    "ps": (uctypes.PTR | 0, {"a": uctypes.UINT8 | 0, "b": uctypes.UINT16 | 1}),
    "pp": (uctypes.PTR | PSIZE, (uctypes.PTR | 0, uctypes.UINT8)),
}
for layout in (uctypes.LITTLE_ENDIAN, uctypes.NATIVE):
    h = uctypes.struct(uctypes.addressof(holder), H, layout)
    h.raw = uctypes.addressof(target)
    print(int(h.p8) == uctypes.addressof(target))
    print(str(h.p8).split()[:2])
    print([h.p8[i] for i in range(4)], hex(h.p16[0]), hex(h.p16[3]), hex(h.pi32[1]))
    print(h.ps[0].a, hex(h.ps[0].b), h.ps[1].a, hex(h.ps[1].b), h.ps[2].a)
    # the pointer is read at each indexing: move it along
    p = h.p8
    h.raw = uctypes.addressof(target) + 5
    print(p[0], h.p8[0], h.p8[-1])
    # storing through a pointer index does nothing (as in MicroPython)
    h.p8[0] = 99
    print(target[5])
    # pointer to pointer
    h.raw = uctypes.addressof(target)
    h.raw2 = uctypes.addressof(holder)
    print(h.pp[0][0], h.pp[0][2])
    if layout == uctypes.LITTLE_ENDIAN:
        holder[:] = bytes(len(holder))
print(uctypes.sizeof(H, uctypes.LITTLE_ENDIAN) == 2 * PSIZE)
