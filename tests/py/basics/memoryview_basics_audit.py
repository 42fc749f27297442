# memoryview basics: indexing, slicing, tobytes/tolist/hex, release and errors
m = memoryview(b"abcdef")
print(m[0], m[-1], m[1:3].tobytes(), m[::2].tobytes(), m[::-1].tolist(), len(m), m.nbytes, m.readonly, m.format, m.itemsize)
print(m.hex(), m.hex(":", 2), bytes(m[2:]), m == b"abcdef", m[1:3] == b"bc", m.ndim, m.shape, m.strides, m.obj)
ba = bytearray(b"xyz")
mv = memoryview(ba)
mv[0] = ord("X")
mv[1:3] = b"YZ"
print(ba, mv.readonly, mv.tolist(), list(mv), mv.c_contiguous, mv.contiguous)
def t(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: m.__setitem__(0, 1))
t(lambda: mv.__setitem__(0, 256))
t(lambda: mv.__setitem__(slice(0, 2), b"abc"))
t(lambda: mv[10])
t(lambda: mv["a"])
t(lambda: memoryview("abc"))
t(lambda: memoryview(5))
t(lambda: memoryview())
t(lambda: hash(mv))
t(lambda: ba.append(1))
print(hash(memoryview(b"ab")) == hash(b"ab"))
with memoryview(b"q") as r:
    print(r.tobytes())
t(lambda: r.tobytes())
t(lambda: len(r))
print(r == r, repr(r).startswith("<released memory"))
mv.release()
ba.append(33)
print(ba)
