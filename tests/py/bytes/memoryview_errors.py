# memoryview error cases: indexes, item types and values, read-only memory, released views
from array import array

def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

m = memoryview(array("i", [1, 2, 3, 4]))
for k in [4, -5, 2**70, -2**70, "a", 1.0, None, (1, 2), (), ..., [1]]:
    err(lambda: m[k])
print(m[(1,)], m[True], m[-4])

def setter(v, k, x):
    def f():
        v[k] = x
        return v.tolist()
    return f

for k, x in [(4, 1), (-5, 1), ("a", 1), (1.0, 1), ((1, 2), 1), (..., 1), ((), 1), ((1,), 10)]:
    err(setter(m, k, x))
for x in [2**31, -2**31 - 1, 2**100, 1.5, "x", b"x", None, [1], -2**31]:
    err(setter(m, 0, x))

for code, bad in [("b", [128, -129, 1.0]), ("B", [-1, 256, "a"]), ("h", [2**15, -2**15 - 1]),
                  ("H", [-1, 2**16]), ("I", [-1, 2**32]), ("l", [2**63, -2**63 - 1]),
                  ("L", [-1, 2**64]), ("q", [2**63]), ("Q", [-1, 2**64, 0.5]),
                  ("f", ["1", 2**2000, 1j, None]), ("d", [2**1024, "x", b"1"])]:
    v = memoryview(array(code, [0]))
    for x in bad:
        print(code, end=" ")
        err(setter(v, 0, x))
mf = memoryview(array("f", [0.0]))
err(setter(mf, 0, 1e300))
err(setter(mf, 0, 2**200))
mc = memoryview(bytearray(2)).cast("c")
for x in [b"x", b"xy", b"", bytearray(b"x"), "x", 1]:
    err(setter(mc, 0, x))

# slice assignment structure errors
ba = bytearray(b"abcdef")
mb = memoryview(ba)
mi = memoryview(array("i", [0, 0, 0]))
for v, k, x in [(mb, slice(0, 2), b"xyz"), (mb, slice(0, 2), b"x"), (mb, slice(0, 2), "xy"),
                (mb, slice(0, 2), [1, 2]), (mb, slice(0, 2), 5), (mb, slice(0, 4, 2), b"123"),
                (mb, slice(0, 2, 0), b"12"), (mb, slice(0, 2), array("b", [1, 2])),
                (mb, slice(0, 2), memoryview(b"12")), (mb, slice(0, 2), memoryview(b"1234").cast("B", [2, 2])),
                (mi, slice(0, 2), array("i", [1])), (mi, slice(0, 2), array("I", [1, 2])),
                (mi, slice(0, 2), b"12345678"), (mi, slice(0, 2), memoryview(b"12345678").cast("i")),
                (mi, slice(0, 2), memoryview(b"12345678").cast("@i")), (mi, slice(3, 3), array("i")),
                (mi, slice(0, 3), array("i", [1, 2, 3]))]:
    err(setter(v, k, x))
print(ba)

# read-only memory
ro = memoryview(b"abc")
for k, x in [(0, 1), (0, "x"), (9, 1), (slice(0, 1), b"x"), (slice(0, 1), "bad")]:
    err(setter(ro, k, x))
err(lambda: ro.__delitem__(0))
err(lambda: mb.__delitem__(0))
def d():
    del mb[0:1]
err(d)
rr = memoryview(array("i", [1])).toreadonly()
err(setter(rr, 0, 2))

# released views
r = memoryview(bytearray(b"xyz"))
r.release()
r.release()
for f in [lambda: r[0], lambda: len(r), lambda: r.tobytes(), lambda: r.tolist(), lambda: r.hex(),
          lambda: r.format, lambda: r.itemsize, lambda: r.nbytes, lambda: r.shape, lambda: r.strides,
          lambda: r.ndim, lambda: r.obj, lambda: r.readonly, lambda: r.c_contiguous, lambda: r.cast("B"),
          lambda: r.toreadonly(), lambda: list(r), lambda: bytes(r), lambda: bytearray(r),
          lambda: memoryview(r), lambda: r[0:1], setter(r, 0, 1), lambda: hash(r), lambda: r.__enter__(),
          lambda: r == r, lambda: r != r, lambda: r == b"xyz", lambda: r != b"xyz", lambda: r.release()]:
    err(f)
with memoryview(b"ctx") as cm:
    print(cm.tobytes(), cm.readonly)
err(lambda: cm[0])
def ctx():
    with cm:
        pass
err(ctx)
def ctx_exc():
    with memoryview(bytearray(1)) as v:
        raise KeyError("inside")
err(ctx_exc)
sub = memoryview(b"abcd")
part = sub[1:]
sub.release()
print(part.tobytes(), part.obj)

# descriptor errors
err(lambda: memoryview.__len__(b"x"))
err(lambda: memoryview.tobytes(b"x"))
err(lambda: memoryview.cast(b"x", "B"))
err(lambda: memoryview(b"a") < memoryview(b"b"))
err(lambda: memoryview(b"a") >= b"a")
