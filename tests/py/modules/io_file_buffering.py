# Buffered file writes become visible to os-level reads only after flush/close.
import os

p = "/tmp/_mprt_io_buffering.txt"

def size():
    return os.stat(p)[6]

f = open(p, "w")
f.write("hello\n")
print("before flush", size())
f.flush()
print("after flush", size())
f.write("x" * 100)
print("pending", size())
f.close()
print("after close", size())

# binary
f = open(p, "wb")
f.write(b"abc")
print("bin pending", size())
f.flush()
print("bin flushed", size())
fd = os.open(p, os.O_RDONLY)
print(os.read(fd, 10))
os.close(fd)
f.close()

# a big write goes out when the buffer fills up
f = open(p, "wb")
f.write(b"y" * 100000)
print("big write visible", size() >= 8192)
f.close()
print(size())

# buffering=0: every write hits the file
f = open(p, "wb", buffering=0)
f.write(b"12345")
print("unbuffered", size())
print(repr(f)[:13], f.mode, f.closefd)
f.close()
print(repr(f))

# line buffering
f = open(p, "w", buffering=1)
print("line_buffering", f.line_buffering)
f.write("partial")
print("no newline yet", size())
f.write(" line\nmore")
print("after newline", size())
f.close()
print(size())

# dropped file objects flush and close
def writer():
    g = open(p, "w")
    g.write("from a dropped file\n")

writer()
with open(p) as g:
    print(repr(g.read()))
open(p, "w").write("one-liner\n")
print(open(p).read(), end="")

# seek flushes, tell counts pending data
f = open(p, "w+")
f.write("abcdef")
print("tell", f.tell())
f.seek(0)
print("read after seek", f.read())
f.write("XYZ")
f.seek(0)
print(f.read())
f.close()

# read-after-write positions in binary r+
with open(p, "wb") as f:
    f.write(b"0123456789")
with open(p, "r+b") as f:
    print(f.read(3), f.tell())
    f.write(b"ab")
    print(f.tell())
    print(f.read(2), f.tell())
    f.seek(0)
    print(f.read())
    f.seek(-3, 2)
    print(f.read(), f.tell())
    f.seek(2)
    f.seek(3, 1)
    print(f.tell(), f.read1(2), f.peek(1)[:1])
os.remove(p)
