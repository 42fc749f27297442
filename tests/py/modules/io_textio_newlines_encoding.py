# text files: newline= modes on write and read, encoding argument, errors, tell/seek round trip
import os
name = "_io_nl_tmp.txt"
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(name, "w", newline=nl) as f:
        f.write("a\nb\r\nc\rd")
    with open(name, "rb") as f:
        raw = f.read()
    with open(name, newline=nl) as f:
        back = f.read()
    with open(name, newline=nl) as f:
        lines = f.readlines()
    print(repr(nl), raw, repr(back), lines)
try:
    open(name, "w", newline="x")
except ValueError as e:
    print("ValueError", e)
with open(name, "w", encoding="utf-8") as f:
    print(f.write("héllo ✓"), f.encoding)
with open(name, "rb") as f:
    print(f.read())
with open(name, encoding="latin-1") as f:
    print(repr(f.read()))
with open(name, encoding="ascii", errors="replace") as f:
    print(repr(f.read()))
with open(name, encoding="ascii") as f:
    try:
        f.read()
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError", e.reason, e.start)
with open(name) as f:
    f.readline()
    pos = f.tell()
    rest = f.read()
    f.seek(pos)
    print(f.read() == rest, pos)
try:
    open(name, "rb", encoding="utf-8")
except ValueError as e:
    print("ValueError", e)
os.remove(name)
