# File edge cases: bytes-like writes, readinto(memoryview), zero-size reads, sparse seek+write, truncate, empty files, 'x' mode, opener, \r\n and multi-byte chars split across the 8 KiB buffer boundary.
import os
p = "/tmp/_mprt_io_edges.txt"
with open(p, "wb") as f:
    print(f.write(memoryview(b"hello")), f.write(bytearray(b" world")), f.write(b""))
with open(p, "rb") as f:
    m = memoryview(bytearray(4))
    print(f.readinto(m), bytes(m), f.read(0), f.readline(0), f.tell())
with open(p) as f:
    print(repr(f.read(0)), repr(f.readline(0)), f.tell())
with open(p, "r+b") as f:
    f.seek(20)
    f.write(b"X")
    f.seek(0)
    print(f.read())
    print(f.truncate(25), f.tell())
    f.seek(0, 2)
    print(f.tell())
open(p, "w").close()
with open(p) as f:
    print(list(f), f.read(), f.readline())
try:
    open(p, "x")
except FileExistsError as e:
    print("FileExistsError", e.errno)
def opener(path, flags):
    return os.open(path, flags)
with open(p, "w", opener=opener) as f:
    f.write("via opener\n")
print(open(p).read(), end="")
# a \r\n pair split across the 8 KiB boundary
with open(p, "wb") as f:
    f.write(b"a" * 8191 + b"\r\n" + b"b\rc\r")
for nl in [None, ""]:
    with open(p, newline=nl) as f:
        print([len(l) for l in f], repr(nl))
    with open(p, newline=nl) as f:
        s = f.read(8192)
        print(len(s), repr(s[-2:]), repr(f.read()))
# multi-byte char split across the boundary
with open(p, "wb") as f:
    f.write(b"a" * 8191 + "\u00e9\u20ac\n".encode() + b"z")
with open(p) as f:
    l = f.readline()
    print(len(l), repr(l[-3:]), repr(f.read()))
with open(p) as f:
    print(repr(f.read(8192)[-2:]), f.tell(), repr(f.read(1)), f.tell())
# iterate a binary file of lines, readline limits
with open(p, "rb") as f:
    print(len(f.readline(100)), len(f.readline()), f.readline(), f.readline())
os.remove(p)
