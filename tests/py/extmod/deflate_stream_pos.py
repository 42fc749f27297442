# mprt: exp-manual
# Decompression is streaming: the source is read only as far as needed to
# produce the requested bytes (checked with the source's position).
import deflate, io

# zlib.compress(b'micropython hello world hello world micropython', wbits=9) etc.
Z = b'\x18\x95\xcb\xcdL.\xca/\xa8,\xc9\xc8\xcfS\xc8H\xcd\xc9\xc9W(\xcf/\xcaIAa\xe7"\xd4\x00\x00\xbc\xfa\x12\x91'
G = b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xcb\xcdL.\xca/\xa8,\xc9\xc8\xcfS\xc8H\xcd\xc9\xc9W(\xcf/\xcaIAa\xe7"\xd4\x00\x00"\xeb\xc4\x98/\x00\x00\x00'
R = Z[2:-4]


def positions(blob, *args):
    src = io.BytesIO(blob)
    d = deflate.DeflateIO(src, *args)
    print("before any read:", src.tell())
    res = []
    while True:
        b = d.read(1)
        res.append(src.tell())
        if not b:
            break
    print(res)


positions(Z)
positions(G)
positions(R, deflate.RAW)
positions(Z, deflate.ZLIB, 9)

# read(0) reads nothing, not even the header
src = io.BytesIO(Z)
d = deflate.DeflateIO(src)
print(d.read(0), src.tell())
print(d.read(11), src.tell())
print(d.read(0), src.tell())
# the end of the data and the trailer are read only when asked for more
print(d.read(36), src.tell())
print(d.read(1), src.tell())
print(d.read(), src.tell())

# readline reads up to the newline only
ZL = b"x\x9c\xcb\xcfK\xe5*)\xcfW\x00b.\xae\x92\x8c\xa2\xd4T\x05$\x92+'\xb1\xb8\x04\x00\xdds\x0c{"  # zlib.compress(b'one\ntwo two\n\nthree three three\nlast')
src = io.BytesIO(ZL)
d = deflate.DeflateIO(src)
while True:
    l = d.readline()
    print(l, src.tell())
    if not l:
        break

# stored blocks
S = b'\x00\x03\x00\xfc\xffabc\x01\x02\x00\xfd\xffde'
src = io.BytesIO(S)
d = deflate.DeflateIO(src, deflate.RAW)
for i in range(6):
    print(d.read(1), src.tell())

# readinto is streaming too
src = io.BytesIO(G)
d = deflate.DeflateIO(src)
buf = bytearray(5)
while True:
    n = d.readinto(buf)
    print(n, bytes(buf[:n]), src.tell())
    if not n:
        break

# data after the end of the compressed stream is left unread
src = io.BytesIO(Z + b"TAIL")
d = deflate.DeflateIO(src)
print(len(d.read()), src.read())
src = io.BytesIO(G + b"TAIL")
d = deflate.DeflateIO(src, deflate.GZIP)
print(len(d.read()), src.read())
src = io.BytesIO(R + b"TAIL")
d = deflate.DeflateIO(src, deflate.RAW)
print(len(d.read()), src.read())

# a stream class with only readinto: asked for one byte at a time
class Src(io.IOBase):
    def __init__(self, data):
        self.data = data
        self.sizes = []

    def readinto(self, buf):
        self.sizes.append(len(buf))
        n = min(len(buf), len(self.data))
        buf[:n] = self.data[:n]
        self.data = self.data[n:]
        return n


s = Src(Z)
d = deflate.DeflateIO(s)
print(d.read(3), s.sizes)
print(d.read(), len(s.sizes), set(s.sizes), s.data)
