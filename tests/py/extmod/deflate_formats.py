# mprt: exp-manual
# Formats: raw, zlib, gzip and AUTO detection; zlib and gzip header parsing
# (header flags, bad headers) with the source position after each error.
import deflate, io

# gzip.compress(b'abc', mtime=0), zlib.compress(b'abc'), raw
G = b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xffKLJ\x06\x00\xc2A$5\x03\x00\x00\x00'
Z = b'x\x9cKLJ\x06\x00\x02M\x01\''
R = b'KLJ\x06\x00'


def dec(data, *args):
    src = io.BytesIO(data)
    d = deflate.DeflateIO(src, *args)
    try:
        r = d.read()
        print("ok", r, src.tell())
    except Exception as e:
        print(type(e).__name__, e.args, src.tell())


print(deflate.AUTO, deflate.RAW, deflate.ZLIB, deflate.GZIP)
for data in (G, Z, R):
    for fmt in (deflate.AUTO, deflate.RAW, deflate.ZLIB, deflate.GZIP):
        dec(data, fmt)

print("gzip headers")
dec(G[:3] + b'\x02' + G[4:10] + b'\x12\x34' + G[10:])  # FHCRC (not checked)
dec(G[:3] + b'\x04' + G[4:10] + b'\x03\x00xyz' + G[10:])  # FEXTRA
dec(G[:3] + b'\x08' + G[4:10] + b'name.txt\x00' + G[10:])  # FNAME
dec(G[:3] + b'\x10' + G[4:10] + b'a comment\x00' + G[10:])  # FCOMMENT
dec(G[:3] + b'\x1e' + G[4:10] + b'\x01\x00Xn\x00c\x00\xff\xff' + G[10:])  # all of them
dec(G[:3] + b'\x01' + G[4:])  # FTEXT is fine
dec(G[:3] + b'\x20' + G[4:])  # reserved flag
dec(G[:3] + b'\x80' + G[4:])  # reserved flag
dec(G[:2] + b'\x07' + G[3:])  # method
dec(b'\x1f\x8c' + G[2:])
dec(b'\x1f\x8c' + G[2:], deflate.GZIP)
dec(G[:3] + b'\x08' + G[4:10] + b'unterminated')
dec(G[:3] + b'\x04' + G[4:10] + b'\xff\x00abc')
dec(G[:9])
dec(G[:1])

print("zlib headers")
dec(b'\x78\x9d' + Z[2:])  # check bits
dec(b'\x79\x9c' + Z[2:])  # method
dec(b'\x78\xbb' + Z[2:])  # preset dictionary
dec(b'\x88\x98' + Z[2:])  # window > 32K
dec(b'\x08\x1d' + Z[2:])  # 256-byte window
dec(b'\x78\x01' + Z[2:])  # other level bits
dec(b'\x78\xda' + Z[2:])
dec(b'\x78')
dec(b'')
dec(b'', deflate.RAW)
dec(b'', deflate.GZIP)

print("not compressed")
dec(b'plain text')
dec(b'plain text', deflate.ZLIB)
dec(b'plain text', deflate.GZIP)
dec(b'\x07', deflate.RAW)  # block type 3
dec(b'\xff\xff', deflate.RAW)
