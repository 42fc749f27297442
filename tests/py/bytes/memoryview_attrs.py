# memoryview attributes and methods: tobytes, hex, tolist, toreadonly, obj, contiguity
from array import array

a = array("h", [1, -2, 300, 4000, -5])
m = memoryview(a)
print(m.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides, m.suboffsets, m.readonly)
print(m.obj is a, m.c_contiguous, m.f_contiguous, m.contiguous)
for v in [m[::2], m[::-1], m[1:2], m[3:3], m[5:], m[3:3:-1], m[::2][1:], m[::-2][::-1]]:
    print(v.tolist(), v.shape, v.strides, v.nbytes, v.c_contiguous, v.contiguous, v.tobytes())

print(m.hex())
print(m.hex(":"), m.hex(":", 2), m.hex(b"-", -3), m.hex(sep="_", bytes_per_sep=4))
print(m[::2].hex("."), memoryview(b"").hex(), memoryview(b"\x01\xab").hex(" "))
for bad in [lambda: m.hex("::"), lambda: m.hex(""), lambda: m.hex(1)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

print(m.tobytes(), m.tobytes("C"), m.tobytes("F"), m.tobytes("A"), m.tobytes(None), m.tobytes(order="C"))
for bad in [lambda: m.tobytes("X"), lambda: m.tobytes(1), lambda: m.tobytes(order="c")]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# readonly views
r = m.toreadonly()
print(r.readonly, r.tolist(), r.obj is a, r.format, r[1:].readonly, memoryview(r).readonly)
try:
    r[0] = 1
except TypeError as e:
    print("TypeError", e)
ro = memoryview(b"abc")
print(ro.readonly, ro[1:].readonly, memoryview(bytearray(b"x")).readonly, ro.obj)

# memoryview of a memoryview shares the exporter
mm = memoryview(m[1:4])
print(mm.tolist(), mm.obj is a, mm.format, mm.strides)
mm[0] = 99
print(a)

# repr / str without addresses
print(repr(m)[:11], str(m)[:11])
m.release()
print(repr(m)[:20])

# constructor forms
print(memoryview(object=b"kw").tolist(), memoryview(b"").tolist(), len(memoryview(b"")))
for bad in ["memoryview()", "memoryview(b'', b'')", "memoryview('abc')", "memoryview(5)",
            "memoryview([1, 2])", "memoryview(b'x', foo=1)"]:
    try:
        print(eval(bad))
    except TypeError as e:
        print(bad, "TypeError", e)
print(type(memoryview(b"a")).__name__, isinstance(memoryview(b"a")[0:], memoryview))
try:
    class Sub(memoryview):
        pass
except TypeError as e:
    print("TypeError", e)
for bad in ["memoryview(b'x').tolist(1)", "memoryview(b'x').toreadonly(1)", "memoryview(b'x').release(2)",
            "memoryview(b'x').hex(foo=1)"]:
    try:
        print(eval(bad))
    except TypeError as e:
        print(bad, "TypeError", e)
