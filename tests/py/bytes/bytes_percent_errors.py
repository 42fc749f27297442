cases = [(b"%s %s", (b"a",)), (b"%s", (b"a", b"b")), (b"%", ()), (b"%(k)s", (b"x",)), (b"%(k)s", {"k": b"v"}), (b"%(k", {b"k": 1}),
         (b"%q", 1), (b"abc", 5), (b"abc", (1,)), (b"%s", "str"), (b"%r", 1), (b"%a", "\xe9"), (b"%5", 1), (b"%.", 1)]
for fmt, args in cases:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
print(b"abc" % {}, b"abc" % [], b"%%|%s" % b"x", bytearray(b"%d") % 5)
try:
    "%s" % b"x" + b"y"
except TypeError as e:
    print(type(e).__name__, e)
class NoBytes:
    pass
try:
    b"%s" % NoBytes()
except TypeError as e:
    print(type(e).__name__, e)
