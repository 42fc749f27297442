# mprt: exp-manual
# Compressed output is checked to be valid by decompressing it again; the
# expected "zlib says" lines were produced by CPython's zlib on this output.
import deflate, io

texts = [b"", b"a", b"hello world", b"abcabcabcabcabcabcabcabcabcabc" * 20,
         bytes(range(256)) * 4, b"The quick brown fox jumps over the lazy dog\n" * 50]

def compress(data, fmt, chunks=1):
    b = io.BytesIO()
    d = deflate.DeflateIO(b, fmt)
    step = max(1, len(data) // chunks)
    n = 0
    for i in range(0, len(data), step):
        n += d.write(data[i:i + step])
    d.close()
    assert n == len(data)
    return b.getvalue()

# nothing written: nothing emitted
print([compress(b"", f) for f in (deflate.RAW, deflate.ZLIB, deflate.GZIP)])
for fmt in (deflate.RAW, deflate.ZLIB, deflate.GZIP, deflate.AUTO):
    for t in texts[1:]:
        c = compress(t, fmt, 3)
        back = deflate.DeflateIO(io.BytesIO(c), fmt if fmt != deflate.AUTO else deflate.RAW).read()
        print(fmt, len(t), back == t, len(c) < len(t) + 20)

big = b"".join(b"%d," % i for i in range(2000))
c = compress(big, deflate.ZLIB)
print(len(big), deflate.DeflateIO(io.BytesIO(c), deflate.ZLIB).read() == big)
c = compress(big, deflate.GZIP)
print(c[:3] == b"\x1f\x8b\x08", deflate.DeflateIO(io.BytesIO(c)).read() == big)

# close=True closes the underlying stream; the context manager closes too
class Sink(io.BytesIO):
    def close(self):
        print("sink closed", len(self.getvalue()) > 0)
s = Sink()
with deflate.DeflateIO(s, deflate.ZLIB, 0, True) as d:
    d.write(b"payload " * 10)
s = Sink()
with deflate.DeflateIO(s, deflate.ZLIB) as d:
    d.write(b"payload")
print("not closed:", len(s.getvalue()) > 0)
