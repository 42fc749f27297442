# binary files: readline(size), readlines(hint), iteration, readinto variants, read1, peek-free ops
import os
name = "_io_bin_lines.bin"
with open(name, "wb") as f:
    f.writelines([b"alpha\n", b"\n", b"beta gamma\n", b"no newline"])
with open(name, "rb") as f:
    print(f.readline(3), f.readline(), f.readline(0), f.readline(-1), f.readline(100), f.readline(), f.readline())
with open(name, "rb") as f:
    print(f.readlines(7))
    print(f.readlines())
with open(name, "rb") as f:
    print([len(l) for l in f])
with open(name, "rb") as f:
    m = memoryview(bytearray(5))
    print(f.readinto(m), bytes(m))
    big = bytearray(100)
    n = f.readinto(big)
    print(n, bytes(big[:n]))
    print(f.readinto(bytearray(3)), f.read(), f.read(5))
with open(name, "rb", buffering=0) as f:
    print(type(f).__name__, f.read(3), f.readall() if hasattr(f, "readall") else f.read())
with open(name, "rb") as f:
    print(type(f).__name__, f.read1(4), f.read1(), f.read1())
os.remove(name)
