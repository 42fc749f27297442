# File object attributes, reprs, errors with CPython's messages.
import io, os

p = "/tmp/_mprt_io_objects.txt"
with open(p, "w") as f:
    f.write("abc\n")

def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

for mode in ["r", "w", "a", "r+", "rb", "wb", "ab", "r+b", "w+b"]:
    f = open(p, mode)
    r = repr(f).replace(p, "P")
    print(mode, r, f.mode, type(f).__name__, f.closed)
    print(" ", isinstance(f, io.IOBase), f.readable(), f.writable(), f.seekable(), f.isatty())
    if "b" not in mode:
        print(" ", repr(f.buffer).replace(p, "P"), f.encoding, f.errors, f.line_buffering)
        print(" ", isinstance(f, io.TextIOWrapper))
        t(" read", f.read)
        t(" write", lambda: f.write("x"))
        t(" write bytes", lambda: f.write(b"x"))
    else:
        t(" read", f.read)
        t(" write", lambda: f.write(b"x"))
        t(" write str", lambda: f.write("x"))
        t(" readinto", lambda: f.readinto(bytearray(3)))
    t(" truncate", lambda: f.truncate(1))
    f.close()
    print(" closed", f.closed)
    for op in ["read", "readline", "tell", "flush", "fileno", "readlines", "__next__", "__iter__", "__enter__"]:
        t(" closed " + op, getattr(f, op))
    t(" closed seek", lambda: f.seek(0))
    t(" closed write", lambda: f.write(b"x" if "b" in mode else "x"))
    t(" closed close", f.close)

with open(p) as f:
    t("seek cur", lambda: f.seek(1, 1))
    t("seek end", lambda: f.seek(1, 2))
    t("seek whence", lambda: f.seek(0, 5))
    t("seek neg", lambda: f.seek(-1))
    t("seek end 0", lambda: f.seek(0, 2))
    t("seek cur 0", lambda: f.seek(0, 1))
with open(p, "rb") as f:
    t("bseek whence", lambda: f.seek(0, 5))
    t("bread float", lambda: f.read(1.5))
    t("readinto", lambda: f.readinto(bytearray(2)))
    b = bytearray(10)
    print(f.readinto(b), b)
with open(p, "rb", buffering=0) as f:
    print(type(f).__name__, f.read(2), f.readline(), f.read())
t("bad newline", lambda: open(p, "w", newline="x"))
t("bad encoding", lambda: open(p, encoding="nope"))
t("bad mode", lambda: open(p, "rw"))
t("bad mode2", lambda: open(p, "z"))
t("text unbuffered", lambda: open(p, "w", buffering=0))
t("binary encoding", lambda: open(p, "rb", encoding="utf-8"))
t("missing", lambda: open("/tmp/_mprt_no_such_dir/x"))
t("directory", lambda: open("/tmp"))
t("exclusive", lambda: open(p, "x"))

f = open(p, "w")
f.custom = 5
print(f.custom)
print(f.detach() is not None)
t("after detach", lambda: f.write("x"))
f.buffer_closed = None

fd = os.open(p, os.O_RDONLY)
f = open(fd, closefd=False)
print(f.name == fd, f.read())
f.close()
print(os.read(fd, 2))
os.close(fd)

class P:
    def __fspath__(self):
        return p

with open(P()) as f:
    print(f.name == p, f.read())
with open(p, "a") as f:
    f.write("appended\n")
    print(f.tell())
with open(p, "a+") as f:
    f.seek(0)
    print(repr(f.read()))
with open(p, "w") as f:
    f.writelines(["a\n", "b\n"])
    print(f.truncate(), f.tell())
with open(p) as f:
    print(f.readlines(), f.tell())
with open(p, "r+") as f:
    print(f.readline(), f.tell())
    f.write("Z")
    f.seek(0)
    print(repr(f.read()))
    print(f.truncate(2))
    f.seek(0)
    print(repr(f.read()))
os.remove(p)
