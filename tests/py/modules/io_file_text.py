# io: text files in /tmp (write/read/readline/iteration/seek/tell/append/newlines)
import os
path = "/tmp/mprt_io_text_%d.txt" % os.getpid() if hasattr(os, "getpid") else "/tmp/mprt_io_text.txt"
path = "/tmp/mprt_io_text_test.txt"
with open(path, "w") as f:
    print(f.write("line one\n"), f.write("line two\nline three"), f.name == path, f.mode, f.closed)
    f.writelines(["\nfour", "\n"])
    print(f.tell())
print(f.closed)
with open(path) as f:
    print(repr(f.readline()), repr(f.readline()), f.tell())
    print(repr(f.read(4)), repr(f.read()))
    print(repr(f.read()), repr(f.readline()))
with open(path, "r") as f:
    print([line.rstrip("\n") for line in f])
with open(path) as f:
    print(f.readlines())
with open(path) as f:
    f.seek(5)
    print(repr(f.read(3)), f.tell())
    f.seek(0)
    print(repr(f.readline(4)), repr(f.readline()))
with open(path, "a") as f:
    f.write("appended\n")
with open(path) as f:
    print(f.read().splitlines()[-2:])
with open(path, "w") as f:
    f.write("crlf\r\nold mac\runix\n")
with open(path) as f:
    print(repr(f.read()))
with open(path, newline="") as f:
    print(f.readlines())
with open(path, "rb") as f:
    print(f.read())
with open(path, "w", encoding="utf-8") as f:
    f.write("h\u00e9llo \u20ac \U0001f600\n")
with open(path, encoding="utf-8") as f:
    s = f.read()
    print(len(s), s == "h\u00e9llo \u20ac \U0001f600\n")
print(os.stat(path).st_size)
with open(path, "r+") as f:
    f.write("J")
    f.seek(0)
    print(repr(f.readline()))
f = open(path)
f.close()
for op in (f.read, f.readline):
    try:
        op()
    except ValueError as e:
        print("ValueError", e)
try:
    with open(path) as f:
        f.write("x")
except OSError as e:
    print(type(e).__name__)
os.remove(path)
try:
    open(path)
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, str(e) == "[Errno 2] No such file or directory: '%s'" % path)
try:
    open("/tmp/mprt_no_such_dir/x.txt", "w")
except OSError as e:
    print(type(e).__name__, e.errno)
for m in ["rw", "rr", "q", "rbt"]:
    try:
        open(path, m)
    except ValueError as e:
        print("ValueError", e)
