# bytes %-formatting: every supported conversion and flags
vals = [0, 9, -42, 255, 2.5, -0.125]
for conv in "diouxXeEfFgG":
    row = []
    for v in vals:
        for flags in ("", "#", "+", " ", "-6", "06", "#06", ".2"):
            try:
                row.append((b"%" + flags.encode() + conv.encode()) % v)
            except TypeError as e:
                row.append(str(e).encode())
    print(conv, row)
print(b"%c|%c|%3c" % (65, b"z", bytearray(b"q")), b"%s %s %s" % (b"x", bytearray(b"y"), memoryview(b"z")))
print(b"%r %a" % ("é", b"\xff"), b"%b" % b"bee", b"%5s|%-5s|" % (b"ab", b"cd"), b"%.1s" % b"xyz", b"%%" % ())
print(b"%(k)s-%(n)d" % {b"k": b"v", b"n": 3}, bytearray(b"%d") % 5, type(bytearray(b"%d") % 5).__name__)
def t(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: b"%s" % "str")
t(lambda: b"%s" % 5)
t(lambda: b"%c" % 256)
t(lambda: b"%c" % "a")
t(lambda: b"%c" % b"ab")
t(lambda: b"%d" % b"1")
t(lambda: b"%x" % 1.5)
t(lambda: b"%d %d" % (1,))
t(lambda: b"%d" % (1, 2))
t(lambda: b"%z" % 1)
t(lambda: b"%(k)s" % {"k": 1})
t(lambda: b"%s" % None)
class B:
    def __bytes__(self):
        return b"<B>"
print(b"%s" % B(), b"%b" % B())
