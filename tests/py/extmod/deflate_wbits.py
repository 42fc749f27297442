# mprt: exp-manual
# Window sizes: wbits range checks, the default windows (RAW 256 bytes,
# zlib from the header, gzip 32K), a zlib header window capping wbits, data
# needing a bigger window than given, and compression honouring wbits.
import deflate, io


def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e.args)


def dec(data, *args):
    return deflate.DeflateIO(io.BytesIO(data), *args).read()


def comp(data, fmt, wbits, step=None):
    b = io.BytesIO()
    with deflate.DeflateIO(b, fmt, wbits) as d:
        step = step or len(data)
        for i in range(0, len(data), step):
            d.write(data[i:i + step])
    return b.getvalue()


for w in (-1, 0, 1, 4, 5, 9, 15, 16, 100):
    attempt(lambda: deflate.DeflateIO(io.BytesIO(), deflate.RAW, w) is not None)

# b'hello' + bytes(N) + b'hello' compressed by CPython with windows of
# 2**6, 2**8 and 2**10 bytes: the second 'hello' refers back N+5 bytes.
W6 = b'\xcbH\xcd\xc9\xc9g\x18\xe9\x00\x08\x88\xd5\x9f\x91\x9a\x93\x93\x0f\x00'
W8 = b'\xcbH\xcd\xc9\xc9g\x18\xe9\x00\x08\x88\xf5\x7fFjNN>\x00'
W10 = b"\xcbH\xcd\xc9\xc9g\x18\xe9\x00\x08Fz\x18\x00\xc3`\xa4'\x03`2\x18\xe99\x01\x98\x13Fz\xfe\x07\xe6\xff\x91\x9e\xff\x81\xf9\x7f\xa4\xe7\x7f`\xfe\x1f\xba\xf9?#5''\x1f\x00"
for name, data in (("W6", W6), ("W8", W8), ("W10", W10)):
    for w in (0, 5, 6, 7, 8, 9, 10, 15):
        try:
            print(name, w, len(dec(data, deflate.RAW, w)))
        except OSError as e:
            print(name, w, "OSError", e.args)

# the first bytes come out before the too-far reference is met
d = deflate.DeflateIO(io.BytesIO(W10), deflate.RAW, 9)
print(d.read(5))
attempt(lambda: d.read())

# zlib: the header's window is used, and caps a bigger wbits
W10Z = b"(\x91\xcbH\xcd\xc9\xc9g\x18\xe9\x00\x08Fz\x18\x00\xc3`\xa4'\x03`2\x18\xe99\x01\x98\x13Fz\xfe\x07\xe6\xff\x91\x9e\xff\x81\xf9\x7f\xa4\xe7\x7f`\xfe\x1f\xba\xf9?#5''\x1f\x00[\xbc\x04)"
for w in (0, 8, 9, 10, 11, 15):
    attempt(lambda: len(dec(W10Z, deflate.ZLIB, w)))
attempt(lambda: len(dec(W10Z)))
# a 32K-window header does not stop a small wbits if the data fits
Z15 = b'x\x9c\xcbH\xcd\xc9\xc9W\xc8@\x90\x00:.\x06}'
for w in (5, 8, 15):
    attempt(lambda: dec(Z15, deflate.ZLIB, w))

# compression: headers and the window actually used
for w in (0, 5, 8, 9, 10, 12, 15):
    c = comp(b"a", deflate.ZLIB, w)
    print(w, c[:2], c[2:])
data = b"0123456789abcdefghijklmnopqrstuvwxyz" * 3 + bytes(range(200)) + b"0123456789abcdefghijklmnopqrstuvwxyz"
for w in (5, 6, 8, 9):
    c = comp(data, deflate.RAW, w)
    ok = []
    for w2 in (5, 6, 8, 9, 15):
        try:
            ok.append(dec(c, deflate.RAW, w2) == data)
        except OSError:
            ok.append("OSError")
    print(w, ok)
# gzip default window is 32K
big = bytes(range(256)) * 4 + b"x" * 5000 + bytes(range(256)) * 4
c = comp(big, deflate.GZIP, 15)
print(dec(c) == big, dec(c, deflate.GZIP, 15) == big)
try:
    dec(c, deflate.GZIP, 10)
except OSError as e:
    print("OSError", e.args)
