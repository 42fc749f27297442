# memoryview.cast: 1-D byte <-> typed casts, shapes and CPython's errors
from array import array

b = bytes(range(1, 17))
m = memoryview(b)
for fmt in ["B", "b", "c", "?", "h", "H", "i", "I", "l", "L", "q", "Q", "n", "N", "f", "d", "@i", "@B"]:
    c = m.cast(fmt)
    print(fmt, c.format, c.itemsize, len(c), c.shape, c.strides, c.nbytes, c.readonly, c.obj is b)
    print(" ", c.tolist()[:4])

ba = bytearray(8)
mi = memoryview(ba).cast("i")
mi[0] = -1
mi[1] = 0x01020304
print(ba, mi.tolist(), mi.cast("B").tolist(), mi.cast("B").cast("h").tolist())
mi[0:1] = memoryview(bytearray(b"\x05\x00\x00\x00")).cast("i")
print(ba)
mc = memoryview(ba).cast("c")
mc[0] = b"z"
print(mc[0], mc[:3].tolist(), ba[:1])
mq = memoryview(bytearray(2)).cast("?")
mq[0] = 5
mq[1] = []
print(mq.tolist(), mq.tobytes())

a = array("h", [1, 2, 3, 4])
ma = memoryview(a)
print(ma.cast("B").tolist(), ma.cast("b").cast("H").tolist(), ma.cast("B").format)
mb = ma.cast("B")
mb[0] = 255
print(a)

# keyword arguments and shapes
print(m.cast(format="B", shape=[16]).shape, m.cast("H", (8,)).tolist()[:2], m.cast("B", shape=(2, 8)).shape)
s = m.cast("B", [4, 4])
print(s.tolist(), s.shape, s.strides, s.ndim, len(s), s.nbytes, s.c_contiguous, s.f_contiguous, s.contiguous)
print(s[1, 2], s[-1, -1], s[1:3].tolist(), s[::-2].shape, s[::-2].strides, s.tobytes("F"), s.hex())
print(s.cast("B").tolist()[:5], s.cast("h").tolist()[:3], s[1:2].cast("B").tolist())
s3 = m.cast("B", [2, 2, 4])
print(s3.tolist(), s3[1, 0, 3], s3.shape, s3.strides)
w = memoryview(bytearray(b)).cast("h", [2, 4])
w[1, 3] = -1
print(w.tolist(), w.obj[-4:])
z = memoryview(bytearray(4)).cast("i", [])
z[()] = 7
print(z.shape, z.strides, z.ndim, len(z), z.tolist(), z[()], z.tobytes(), z.nbytes)
z[...] = 8
print(z.tolist(), z[...].tolist(), z.cast("B").tolist(), z.cast("B", [4]).tolist())
print(memoryview(b"").cast("i").tolist(), memoryview(b"").cast("d").shape)

# errors
def err(f):
    try:
        print(f())
    except (TypeError, ValueError, NotImplementedError, IndexError, OverflowError) as e:
        print(type(e).__name__, e)

err(lambda: ma.cast("h"))
err(lambda: ma.cast("i"))
err(lambda: m.cast("i").cast("h"))
err(lambda: memoryview(b"abc").cast("h"))
err(lambda: memoryview(b"abcde").cast("d"))
err(lambda: m.cast("x"))
err(lambda: m.cast("e"))
err(lambda: m.cast("<i"))
err(lambda: m.cast("ii"))
err(lambda: m.cast(""))
err(lambda: m.cast(1))
err(lambda: m.cast())
err(lambda: m.cast("B", [16], 1))
err(lambda: m.cast("B", shape=5))
err(lambda: m.cast("B", [0]))
err(lambda: m.cast("B", [-16]))
err(lambda: m.cast("B", ["16"]))
err(lambda: m.cast("B", [3]))
err(lambda: m.cast("i", [2, 3]))
err(lambda: m.cast("B", [1] * 65))
err(lambda: m.cast("B", [2**64]))
err(lambda: m.cast("B", foo=1))
err(lambda: m[::2].cast("B"))
err(lambda: m[::-1].cast("B"))
err(lambda: memoryview(b"").cast("B", [0]))
err(lambda: s.cast("B", [2, 8]))
err(lambda: s.cast("h", [8]).tolist())
err(lambda: s[::2].cast("B"))
err(lambda: s[1])
err(lambda: s[1] if False else s[4, 0])
err(lambda: s[0, 4])
err(lambda: s[0, -5])
err(lambda: s[1, 2, 3])
err(lambda: s[1:3, 0:1])
err(lambda: s[1, 0:1])
err(lambda: s[...])
err(lambda: list(s))
err(lambda: s3[1, 1])
err(lambda: z[0])
err(lambda: z["a"])
err(lambda: list(z))
def setter(v, k, x):
    def f():
        v[k] = x
        return v.tolist()
    return f
err(setter(w, 1, 5))
err(setter(w, slice(0, 1), b"12345678"))
err(setter(w, (slice(0, 1), slice(0, 1)), b"12"))
err(setter(w, (0, 0, 0), 1))
err(setter(w, (0, 9), 1))
err(setter(w, (0, 0), 2**15))
err(setter(z, 0, 1))
err(setter(z, (), "x"))
err(setter(z, ..., 2**40))
