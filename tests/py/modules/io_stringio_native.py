# Native StringIO: positions with non-ASCII text, overwrites, newline modes, errors, subclassing.
import io
s = io.StringIO("h\u00e9llo\nw\u00f6rld\nend")
print(s.readline(), s.tell(), s.read(3), s.tell())
s.seek(2); s.write("XY\u20ac"); print(repr(s.getvalue()), s.tell())
s.seek(20); s.write("!"); print(repr(s.getvalue()))
s.truncate(4); print(repr(s.getvalue()), s.tell()); s.seek(0); print(list(s))
class S(io.StringIO):
    def __init__(self, v):
        super().__init__(v * 2)
        self.extra = 1
x = S("ab\n"); print(x.getvalue(), x.extra, isinstance(x, io.IOBase), type(x).__mro__[:2])
with io.StringIO() as y:
    print("x", file=y); print(repr(y.getvalue()))
try: y.getvalue()
except ValueError as e: print(e)
print(repr(io.StringIO("a\r\nb\rc", newline=None).getvalue()), io.StringIO("a\r\nb\rc\n", newline="").readlines())
print(io.StringIO("abc").read(None), io.StringIO().newlines)
z = io.StringIO(); z.x = 5; print(z.x, type(z), repr(io.StringIO)[:20])
# overwrite in the middle, non-ASCII, readline(size), seek past end
s = io.StringIO()
for i in range(1000):
    s.write("\u00e9%d\n" % i)
print(s.tell(), len(s.getvalue()))
s.seek(5)
s.write("\u20ac\u20ac")
print(repr(s.getvalue()[:12]), s.tell(), repr(s.readline()), repr(s.readline(2)), repr(s.readline(100)))
s.seek(0, 2)
print(s.tell(), repr(s.read()), repr(s.readline()))
for nl in [None, "", "\n", "\r", "\r\n"]:
    t = io.StringIO(newline=nl)
    t.write("a\nb\r\nc\rd")
    print(repr(nl), repr(t.getvalue()), t.tell())
    t.seek(0)
    print(" ", t.readlines())
for bad in [lambda: io.StringIO(b"x"), lambda: io.StringIO("", "x"), lambda: io.StringIO("", 5),
            lambda: io.StringIO().write(b"x"), lambda: io.StringIO().seek(-1), lambda: io.StringIO().seek(1, 1),
            lambda: io.StringIO().seek(1, 2), lambda: io.StringIO().seek(0, 7), lambda: io.StringIO().truncate(-1),
            lambda: io.StringIO().read(1.5)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
c = io.StringIO("abc")
c.close()
for op in ["read", "readline", "getvalue", "tell", "readable", "writable", "seekable"]:
    try:
        getattr(c, op)()
    except ValueError as e:
        print(op, e)
print(c.closed)
