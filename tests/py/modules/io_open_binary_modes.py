# open() binary mode: readinto, seek whence, tell, append, truncate, closed errors
import os
name = "_io_bin_tmp.bin"
with open(name, "wb") as f:
    print(f.write(bytes(range(10))), f.tell())
with open(name, "ab") as f:
    f.write(b"\xff\xfe"); print(f.tell())
with open(name, "rb") as f:
    buf = bytearray(4)
    print(f.readinto(buf), buf, f.tell())
    print(f.seek(2, 1), f.read(2), f.seek(-3, 2), f.read())
    print(f.seek(0), f.read(0), f.read1(3) if hasattr(f, "read1") else f.read(3))
    print(f.readline(), f.readable(), f.writable(), f.seekable())
with open(name, "r+b") as f:
    f.seek(3); f.write(b"XY"); f.truncate(6)
with open(name, "rb") as f:
    print(f.read(), f.mode)
f = open(name, "rb")
f.close()
print(f.closed)
for op in [lambda: f.read(), lambda: f.seek(0), lambda: f.tell(), lambda: f.readline()]:
    try:
        op()
    except ValueError as e:
        print("ValueError", e)
with open(name, "rb") as f:
    try:
        f.write(b"x")
    except OSError as e:
        print(type(e).__name__)
with open(name, "wb") as f:
    try:
        f.read()
    except OSError as e:
        print(type(e).__name__)
    try:
        f.write("text")
    except TypeError as e:
        print("TypeError", e)
os.remove(name)
