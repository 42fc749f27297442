# mprt: exp-manual
# Constructor argument errors, checksum and truncation errors, closing
# (close=True, context manager, closed streams) and reads vs writes.
import deflate, io


def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e.args)


# zlib.compress(b'hello world'), gzip.compress(b'hello world', mtime=0)
Z = b'x\x9c\xcbH\xcd\xc9\xc9W(\xcf/\xcaI\x01\x00\x1a\x0b\x04]'
G = b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff\xcbH\xcd\xc9\xc9W(\xcf/\xcaI\x01\x00\x85\x11J\r\x0b\x00\x00\x00'

print("arguments")
attempt(lambda: deflate.DeflateIO())
attempt(lambda: deflate.DeflateIO(io.BytesIO(), deflate.RAW, 0, False, 1))
attempt(lambda: deflate.DeflateIO(io.BytesIO(), format=deflate.RAW))
attempt(lambda: deflate.DeflateIO(io.BytesIO(), 4))
attempt(lambda: deflate.DeflateIO(io.BytesIO(), -1))
attempt(lambda: deflate.DeflateIO(io.BytesIO(), "1"))
attempt(lambda: deflate.DeflateIO(io.BytesIO(), 1.0))
attempt(lambda: deflate.DeflateIO(io.BytesIO(), None))
attempt(lambda: deflate.DeflateIO(io.BytesIO(), 2 ** 65))
attempt(lambda: deflate.DeflateIO(io.BytesIO(), deflate.RAW, None))
attempt(lambda: deflate.DeflateIO(io.BytesIO(), True, False, []).read())
attempt(lambda: deflate.DeflateIO(1).read())
attempt(lambda: deflate.DeflateIO(1).write(b"x"))

print("checksums")
def dec(data, *args):
    src = io.BytesIO(data)
    try:
        print("ok", deflate.DeflateIO(src, *args).read(), src.tell())
    except Exception as e:
        print(type(e).__name__, e.args, src.tell())

dec(Z)
dec(Z[:-1] + b"\x00")
dec(Z[:-4] + b"\x1a\x0b\x04")
dec(Z[:-4])
dec(G)
dec(G[:-8] + b"\x00" + G[-7:])  # crc
dec(G[:-4] + b"\x00\x00\x00\x00")  # size is not checked
dec(G[:-4] + b"\x00")
dec(G[:-8])
dec(Z[:9])
dec(G[:15])
# a checksum error comes only after all the data was delivered
d = deflate.DeflateIO(io.BytesIO(Z[:-1] + b"\x00"))
print(d.read(11))
attempt(lambda: d.read(1))

print("closing")
src = io.BytesIO(Z)
d = deflate.DeflateIO(src)
print(d.read(5))
print(d.close(), d.close())
attempt(lambda: d.read())
attempt(lambda: d.read(0))
attempt(lambda: d.readline())
attempt(lambda: d.readinto(bytearray(2)))
attempt(lambda: d.write(b"x"))
attempt(lambda: d.write(b""))
print(src.read())  # close=False leaves the stream open

for close in (False, True):
    src = io.BytesIO(Z)
    with deflate.DeflateIO(src, deflate.ZLIB, 0, close) as d:
        print(d.__enter__() is d, d.read())
    attempt(lambda: d.read())
    try:
        print(src.read())
    except ValueError:
        print("ValueError")
    src = io.BytesIO()
    with deflate.DeflateIO(src, deflate.ZLIB, 0, close) as d:
        d.write(b"data")
    try:
        print(src.getvalue())
    except ValueError:
        print("ValueError")
print(d.__exit__(None, None, None))

# the underlying stream closed under a reading DeflateIO
src = io.BytesIO(Z)
d = deflate.DeflateIO(src)
print(d.read(2))
src.close()
try:
    d.read()
except ValueError:
    print("ValueError")

# an exception inside with closes it too
src = io.BytesIO()
try:
    with deflate.DeflateIO(src, deflate.GZIP) as d:
        d.write(b"abc")
        raise KeyError("boom")
except KeyError as e:
    print("KeyError", e.args)
print(deflate.DeflateIO(io.BytesIO(src.getvalue())).read())

print("read after write")
src = io.BytesIO()
d = deflate.DeflateIO(src)
print(d.write(b"abc"))
attempt(lambda: d.read())
attempt(lambda: d.readline())
attempt(lambda: d.readinto(bytearray(3)))
d.close()
print(deflate.DeflateIO(io.BytesIO(src.getvalue()), deflate.RAW).read())
