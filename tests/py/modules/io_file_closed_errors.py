# operations on closed files: messages for binary (buffered) and text files
import os
name = "_io_closed_tmp.bin"
with open(name, "wb") as f:
    f.write(b"data\n")
def attempt(f, name, *args):
    try:
        getattr(f, name)(*args)
        print(" ", name, "ok")
    except ValueError as e:
        print(" ", name, type(e).__name__, e)
for mode in ["rb", "r+b", "r", "w"]:
    f = open(name, mode)
    f.close()
    print(mode, f.closed)
    data = b"x" if "b" in mode else "x"
    for op, args in [("read", ()), ("write", (data,)), ("seek", (0,)), ("tell", ()),
                     ("readline", ()), ("readlines", ()), ("truncate", ()),
                     ("seekable", ()), ("fileno", ()), ("writelines", ([],)),
                     ("__iter__", ()), ("__next__", ()), ("__enter__", ())]:
        attempt(f, op, *args)
    if "b" in mode:
        attempt(f, "readinto", bytearray(1))
        attempt(f, "read1")
    if mode != "rb":
        attempt(f, "flush")
f = open(name, "rb")
try:
    f.write(b"x")
except OSError as e:
    print(type(e).__name__, e)
f.close()
try:
    f.write(b"x")
except (OSError, ValueError) as e:
    print(type(e).__name__, e)
os.remove(name)
