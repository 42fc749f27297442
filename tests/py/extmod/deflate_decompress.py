# mprt: exp-manual
# Fixtures compressed by CPython's zlib/gzip modules.
import deflate, io

DATA = b'The quick brown fox jumps over the lazy dog.\nThe quick brown fox jumps over the lazy dog.\nThe quick brown fox jumps over the lazy dog.\nline two\nlast line without newline'
Z = b'x\x9c\xb5\xca\xcb\x15\x80 \x0c\x05\xd1=U\xbc\n\xac\x86\x06P\xa3\xa0H\x14\x82Q\xab\xf7\xd3\x83\xcb{f\xac\'l5t3\xda\xcc\x9a0\xf0\x81\xa9.k\x01\xef\x94!O\x8e\xee:\xd1\xf3\xd8\x18\xfb\xdb\x1cC"\x88\xb2\x89\xae\x08>i\x10\xcfU\x90H_\xdf2?="'
G = b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03\xb5\xca\xcb\x15\x80 \x0c\x05\xd1=U\xbc\n\xac\x86\x06P\xa3\xa0H\x14\x82Q\xab\xf7\xd3\x83\xcb{f\xac\'l5t3\xda\xcc\x9a0\xf0\x81\xa9.k\x01\xef\x94!O\x8e\xee:\xd1\xf3\xd8\x18\xfb\xdb\x1cC"\x88\xb2\x89\xae\x08>i\x10\xcfU\x90H_\xdf\xc7\x84\xaf/\xa9\x00\x00\x00'
R = b'\xb5\xca\xcb\x15\x80 \x0c\x05\xd1=U\xbc\n\xac\x86\x06P\xa3\xa0H\x14\x82Q\xab\xf7\xd3\x83\xcb{f\xac\'l5t3\xda\xcc\x9a0\xf0\x81\xa9.k\x01\xef\x94!O\x8e\xee:\xd1\xf3\xd8\x18\xfb\xdb\x1cC"\x88\xb2\x89\xae\x08>i\x10\xcfU\x90H_\xdf'

for name, blob, fmt in (("zlib", Z, deflate.ZLIB), ("gzip", G, deflate.GZIP), ("raw", R, deflate.RAW),
                        ("zlib-auto", Z, deflate.AUTO), ("gzip-auto", G, deflate.AUTO)):
    d = deflate.DeflateIO(io.BytesIO(blob), fmt)
    out = d.read()
    print(name, len(out), out == DATA)

d = deflate.DeflateIO(io.BytesIO(Z))
print(d.read(10))
print(d.readline())
print(d.readline())
print(d.read(5))
rest = d.read()
print(len(rest), rest[-12:])
print(d.read(), d.readline())

d = deflate.DeflateIO(io.BytesIO(G), deflate.GZIP)
lines = []
while True:
    l = d.readline()
    if not l:
        break
    lines.append(l)
print(len(lines), lines[-1])

buf = bytearray(16)
d = deflate.DeflateIO(io.BytesIO(R), deflate.RAW)
print(d.readinto(buf), buf)
print(d.readinto(memoryview(buf)[4:8]), buf)
total = 24
while True:
    n = d.readinto(buf)
    if not n:
        break
    total += n
print(total == len(DATA))
