# mprt: exp-manual
import deflate, io

def attempt(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e.args)

Z = b'x\x9c\xcbH\xcd\xc9\xc9W(\xcf/\xcaI\x01\x00\x1a\x0b\x04]'
print(deflate.AUTO, deflate.RAW, deflate.ZLIB, deflate.GZIP)
attempt(lambda: deflate.DeflateIO(io.BytesIO(Z)).read())
# wrong or damaged data
attempt(lambda: deflate.DeflateIO(io.BytesIO(b"not compressed at all")).read())
attempt(lambda: deflate.DeflateIO(io.BytesIO(Z), deflate.GZIP).read())
attempt(lambda: deflate.DeflateIO(io.BytesIO(b"\xff\xff\xff\xff"), deflate.RAW).read())
# truncated data
attempt(lambda: deflate.DeflateIO(io.BytesIO(Z[:8]), deflate.ZLIB).read())
attempt(lambda: deflate.DeflateIO(io.BytesIO(b""), deflate.ZLIB).read())
# bad arguments
attempt(lambda: deflate.DeflateIO(io.BytesIO(), 4))
attempt(lambda: deflate.DeflateIO(io.BytesIO(), -1))
attempt(lambda: deflate.DeflateIO(io.BytesIO(), deflate.RAW, 16))
attempt(lambda: deflate.DeflateIO(io.BytesIO(), deflate.RAW, 4))
attempt(lambda: deflate.DeflateIO(io.BytesIO(), deflate.RAW, 15) is not None)
# use after close
d = deflate.DeflateIO(io.BytesIO(Z))
print(d.read(5))
d.close()
d.close()
attempt(lambda: d.read())
d = deflate.DeflateIO(io.BytesIO())
d.write(b"abc")
d.close()
attempt(lambda: d.write(b"more"))
