# io: binary files (read/readinto/seek/tell/truncate/readline/iteration)
import os
path = "/tmp/mprt_io_bin_test.bin"
data = bytes(range(256)) * 4
with open(path, "wb") as f:
    print(f.write(data), f.tell(), f.mode)
    f.write(b"\nline2\nline3")
with open(path, "rb") as f:
    print(f.mode, f.read(4), f.tell())
    f.seek(-4, 2)
    print(f.read(), f.tell())
    f.seek(250)
    print(f.read(10))
    f.seek(2, 1)
    print(f.tell(), f.read(2))
    ba = bytearray(5)
    print(f.readinto(ba), ba)
with open(path, "rb") as f:
    lines = list(f)
    print(len(lines), lines[-2:], lines[0][:11])
with open(path, "r+b") as f:
    f.seek(0)
    f.write(b"XYZ")
    print(f.truncate(10), f.tell())
    f.seek(0)
    print(f.read())
with open(path, "ab") as f:
    f.write(b"++")
with open(path, "rb") as f:
    print(f.read(), f.read(), f.readline())
with open(path, "wb") as f:
    try:
        f.write("text")
    except TypeError as e:
        print("TypeError", e)
    try:
        f.read()
    except OSError as e:
        print(type(e).__name__)
print(os.stat(path)[6], os.path.getsize(path))
with open(path, "xb") if not os.path.exists(path) else open(path, "rb") as f:
    print(f.read())
os.remove(path)
with open(path, "xb") as f:
    f.write(b"new")
try:
    open(path, "x")
except FileExistsError as e:
    print("FileExistsError", e.errno)
os.remove(path)
print(os.path.exists(path))
