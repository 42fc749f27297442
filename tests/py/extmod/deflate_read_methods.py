# mprt: exp-manual
# read(n) / read() / readinto(buf[, n]) / readline([n]) argument handling
# and results, mixing the methods on one stream.
import deflate, io


def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e.args)


# zlib.compress(b'first line\nsecond line\n\nfourth, a longer line of text\nno newline at the end')
Z = b'x\x9c%\xc8A\n\xc0 \x0c\x04\xc0{^\xb1\x0f\xe8\xa7\xa4n\xaa \t\xe8\x96\xf6\xf9\x05{\x1b\xc6\xfb\\\xc2\xe8A[<3\xeao\xf3\xbc\xa7\xda\x81\x82\x91qq\xeeF:\xc4W\x16\x89\xe0\xb3\xab\x08j\x04\xa3~\xf58\x1a\x87'


def new():
    return deflate.DeflateIO(io.BytesIO(Z))


d = new()
attempt(lambda: d.read(4))
attempt(lambda: d.read(-1))
d = new()
attempt(lambda: d.read(None))
attempt(lambda: d.read(1.0))
attempt(lambda: d.read(True))
attempt(lambda: d.read(2 ** 70))
attempt(lambda: len(d.read(1000)))

d = new()
attempt(lambda: d.readline())
attempt(lambda: d.readline(3))
attempt(lambda: d.readline(-1))
attempt(lambda: d.readline(0))
attempt(lambda: d.readline(100))
attempt(lambda: d.readline())
attempt(lambda: d.readline(5))
attempt(lambda: d.readline())
attempt(lambda: d.readline())
attempt(lambda: d.readline())

d = new()
buf = bytearray(8)
attempt(lambda: d.readinto(buf))
print(buf)
attempt(lambda: d.readinto(buf, 3))
print(buf)
attempt(lambda: d.readinto(buf, 100))
attempt(lambda: d.readinto(buf, -1))
attempt(lambda: d.readinto(buf, 0))
attempt(lambda: d.readinto(bytearray(0)))
mv = memoryview(buf)
attempt(lambda: d.readinto(mv[2:5]))
print(buf)
attempt(lambda: d.readinto(b"immutable"))
attempt(lambda: d.readinto("str"))
attempt(lambda: d.readinto(None))
import array
a = array.array("b", [0] * 4)
attempt(lambda: d.readinto(a))
print(a)
big = bytearray(200)
attempt(lambda: d.readinto(big))
print(bytes(big[:30]))
attempt(lambda: d.readinto(big))

# interleaved
d = new()
out = []
out.append(d.read(3))
out.append(d.readline())
b = bytearray(4)
n = d.readinto(b)
out.append(bytes(b[:n]))
out.append(d.readline(2))
out.append(d.read())
print(out)
print(b"".join(out))
