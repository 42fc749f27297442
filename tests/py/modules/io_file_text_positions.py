# Text-mode tell/seek with multi-byte characters and \r\n, newline modes,
# readline(size), partial lines at EOF, buffer-boundary crossing.
import os

p = "/tmp/_mprt_io_textpos.txt"
with open(p, "w", encoding="utf-8") as f:
    f.write("h\u00e9llo w\u00f6rld\n\u20ac uro\nlast line no newline")

with open(p, encoding="utf-8") as f:
    positions = []
    while True:
        pos = f.tell()
        line = f.readline()
        if not line:
            break
        positions.append((pos, line))
    print(positions)
    print(f.tell())
    for pos, line in positions:
        f.seek(pos)
        print(repr(f.readline()))

with open(p, encoding="utf-8") as f:
    print(repr(f.read(3)), f.tell())
    print(repr(f.read(5)), f.tell())
    print(repr(f.readline(4)), repr(f.readline(100)))
    print(repr(f.readline(0)))
    print(repr(f.read()))
    print(repr(f.read()), repr(f.readline()))

# \r\n files
with open(p, "wb") as f:
    f.write(b"a\r\nbb\r\nccc\rdddd\n\r\n")
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(p, newline=nl) as f:
        print(repr(nl), list(f))
    with open(p, newline=nl) as f:
        print(repr(nl), repr(f.read()))
    if nl == "":
        continue
    with open(p, newline=nl) as f:
        out = []
        while True:
            t = f.tell()
            s = f.read(2)
            if not s:
                break
            out.append((t, s))
        print(repr(nl), out)

with open(p) as f:
    print(repr(f.readline()), f.tell(), repr(f.readline()), f.tell())
    print(f.newlines)

# newline translation on write
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(p, "w", newline=nl) as f:
        f.write("x\ny\n")
    with open(p, "rb") as f:
        print(repr(nl), f.read())

# lines crossing the 8 KiB buffer boundary, long lines
with open(p, "w") as f:
    for i in range(3000):
        f.write("line %d %s\n" % (i, "\u00e9" * (i % 7)))
    f.write("z" * 20000 + "\n")
    f.write("tail")
n = 0
total = 0
with open(p) as f:
    for line in f:
        n += 1
        total += len(line)
print(n, total)
with open(p) as f:
    lines = f.readlines()
print(len(lines), lines[-1], len(lines[-2]), lines[1234])
with open(p, "rb") as f:
    chunks = []
    while True:
        c = f.read(5000)
        if not c:
            break
        chunks.append(len(c))
    print(len(chunks), sum(chunks), f.tell())
with open(p, "rb") as f:
    print(len(f.readlines()), f.tell())
with open(p) as f:
    print(len(f.read(10000)), f.tell())
    print(len(f.read()), f.tell())

# encodings
with open(p, "w", encoding="latin-1") as f:
    print(f.write("caf\u00e9\n"), f.encoding)
with open(p, "rb") as f:
    print(f.read())
with open(p, encoding="latin-1") as f:
    print(repr(f.read()))
with open(p, "w", encoding="ascii", errors="replace") as f:
    f.write("na\u00efve\n")
with open(p, "rb") as f:
    print(f.read())
with open(p, "wb") as f:
    f.write(b"ok\xffbad\n")
with open(p, errors="replace") as f:
    print(repr(f.read()))
with open(p, errors="ignore") as f:
    print(repr(f.readline()))
try:
    with open(p) as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e.reason)
try:
    with open(p, "w", encoding="ascii") as f:
        f.write("\u00e9")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e.reason)
os.remove(p)
