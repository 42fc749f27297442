# mprt: exp-manual
# MicroPythonRT never dereferences arbitrary integers: only addresses that
# lie inside a live buffer whose address came from addressof() are usable;
# anything else raises ValueError.
import uctypes

buf = bytearray(b"0123456789")
a = uctypes.addressof(buf)
print(type(a).__name__, a > 0)
print(uctypes.addressof(memoryview(buf)[3:]) == a + 3)
print(uctypes.bytes_at(a, 4), uctypes.bytes_at(a + 6, 4), uctypes.bytes_at(a, 0))
v = uctypes.bytearray_at(a + 2, 3)
print(len(v), bytes(v))
v[0] = ord("x")
print(buf)
buf[3] = ord("y")
print(bytes(v))

s = uctypes.struct(a + 8, {"w": uctypes.UINT16 | 0}, uctypes.BIG_ENDIAN)
print(hex(s.w))
s.w = 0x4142
print(buf)

# a struct may also be given the buffer itself
s2 = uctypes.struct(buf, {"c": uctypes.UINT8 | 1})
print(s2.c)
print(uctypes.addressof(s2) == a)

def err(f):
    try:
        f()
        print("no error")
    except ValueError:
        print("ValueError")
    except TypeError:
        print("TypeError")

err(lambda: uctypes.struct(12345, {"c": uctypes.UINT8 | 0}))
err(lambda: uctypes.bytes_at(0, 1))
err(lambda: uctypes.bytes_at(a + 8, 5))
err(lambda: uctypes.bytearray_at(a - 1, 2))
err(lambda: uctypes.addressof(42))
err(lambda: uctypes.struct(a, {"c": uctypes.UINT32 | 8}).c)
b = bytes(4)
err(lambda: uctypes.struct(uctypes.addressof(b), {"c": uctypes.UINT8 | 0}).c)
err(lambda: setattr(uctypes.struct(uctypes.addressof(b), {"c": uctypes.UINT8 | 0}), "c", 1))

# pointers: store the address of another buffer in a pointer-sized field
PSIZE = uctypes.sizeof({"p": (uctypes.PTR | 0, uctypes.UINT8)})
PT = uctypes.UINT64 if PSIZE == 8 else uctypes.UINT32
target = bytearray(b"\x10\x20\x30\x40")
holder = bytearray(PSIZE)
h = uctypes.struct(uctypes.addressof(holder), {"raw": PT | 0, "p": (uctypes.PTR | 0, uctypes.UINT8),
                                               "q": (uctypes.PTR | 0, {"v": uctypes.UINT16 | 2})}, uctypes.LITTLE_ENDIAN)
h.raw = uctypes.addressof(target)
print(h.p[0], h.p[3], hex(h.q[0].v))
h.p[1] = 0x99  # stores through a pointer index are ignored, as in MicroPython
print(target)
h.raw = 8
err(lambda: h.p[0])
del target
