# open() with other codecs (frozen TextIOWrapper over a native buffer), TextIOWrapper over BytesIO/files, print/json to files, with-statement close on error, encoding="locale", append tell.
import io, json, os
p = "/tmp/_mprt_io_generic.txt"
with open(p, "w", encoding="utf-16") as f:
    print(type(f).__name__, f.encoding)
    f.write("h\u00e9llo\nworld\n")
with open(p, "rb") as f:
    print(f.read())
with open(p, encoding="utf-16") as f:
    print(f.readlines())
w = io.TextIOWrapper(io.BytesIO(b"abc\ndef\n"))
print(w.readline(), w.read())
b = open(p, "rb")
w = io.TextIOWrapper(b, encoding="utf-16")
print(repr(w.read()))
w.close(); print(b.closed)
with open(p, "w") as f:
    print("a", 1, file=f)
    json.dump({"k": [1, 2]}, f)
with open(p) as f:
    print(repr(f.read()))
try:
    with open(p, "w") as f:
        f.write("partial")
        raise KeyError("x")
except KeyError:
    pass
print(open(p).read(), f.closed)
with open(p, "w", encoding="locale") as f:
    print(f.encoding)
f = open(p, "a")
print(f.tell(), f.write("zz"), f.tell())
f.close()
print(open(p, "rb").read())
os.remove(p)
