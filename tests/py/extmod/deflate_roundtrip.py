# mprt: exp-manual
# Compress then decompress larger data in every format and several window
# sizes, writing in chunks of various sizes; the compressed stream is
# written out as it is produced (not only at close).
import deflate, io


def gen(n, seed):
    st = seed
    words = [b"the ", b"quick ", b"brown ", b"fox ", b"jumps\n", b"0123456789", b"\x00\x01\x02", b"zz"]
    out = bytearray()
    while len(out) < n:
        st = (st * 1103515245 + 12345) & 0x7fffffff
        out += words[(st >> 8) % len(words)]
        if (st >> 3) % 5 == 0:
            st = (st * 1103515245 + 12345) & 0x7fffffff
            out.append((st >> 8) & 255)
    return bytes(out[:n])


def compress(data, fmt, wbits, step):
    src = io.BytesIO()
    d = deflate.DeflateIO(src, fmt, wbits)
    total = 0
    grew = False
    for i in range(0, len(data), step):
        total += d.write(data[i:i + step])
        grew = grew or src.tell() > 0
    d.close()
    return src.getvalue(), total, grew


DATA = [
    gen(20000, 3),
    bytes(30000),
    bytes(range(256)) * 40,
    b"".join(b"%d," % i for i in range(4000)),
]
for di, data in enumerate(DATA):
    for fmt in (deflate.RAW, deflate.ZLIB, deflate.GZIP):
        for wbits in (0, 5, 9, 12, 15):
            for step in (1000, 7777, 100000):
                c, total, grew = compress(data, fmt, wbits, step)
                back = deflate.DeflateIO(io.BytesIO(c), fmt, wbits).read()
                print(di, fmt, wbits, step, total == len(data), back == data, len(c) < len(data) // 2, grew)

# small writes, bytearray / memoryview / str data
src = io.BytesIO()
with deflate.DeflateIO(src, deflate.ZLIB, 10) as d:
    print(d.write(bytearray(b"bytearray ")), d.write(memoryview(b"memoryview ")), d.write("str \u00e9 "))
    for i in range(500):
        d.write(b"%d " % i)
out = deflate.DeflateIO(io.BytesIO(src.getvalue())).read()
print(len(out), out[:40], out[-20:])
print(out == b"bytearray memoryview " + "str \u00e9 ".encode() + b"".join(b"%d " % i for i in range(500)))

# AUTO writes raw
src = io.BytesIO()
with deflate.DeflateIO(src) as d:
    d.write(DATA[3])
print(deflate.DeflateIO(io.BytesIO(src.getvalue()), deflate.RAW).read() == DATA[3])

# read back through streaming reads of several sizes
c = compress(DATA[0], deflate.GZIP, 12, 999)[0]
for size in (1, 7, 64, 5000):
    d = deflate.DeflateIO(io.BytesIO(c))
    parts = []
    while True:
        p = d.read(size)
        if not p:
            break
        parts.append(p)
    print(size, len(parts), b"".join(parts) == DATA[0])
