print(b"%s|%s|%s" % (b"abc", bytearray(b"xy"), memoryview(b"mv")), b"%b" % b"z", b"%5s|%-5s|%.1s" % (b"a", b"b", b"cd"))
print(b"%d %i %x %X %o %c %c" % (42, -3, 255, 255, 8, 65, b"B"), b"%#x %#o %05d %+d" % (255, 8, 42, 7))
print(b"%f %.2e %g" % (1.5, 12345.678, 0.0001), b"%r %a" % ("é", b"x"), b"%%" % (), b"%(k)s" % {b"k": b"v"})
for fmt, args in [(b"%s", "str"), (b"%s", 5), (b"%c", 256), (b"%c", b"ab"), (b"%d", b"1"), (b"%s %s", (b"a",)), (b"%z", 1), (b"%s", [1])]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(bytearray(b"%s-%d") % (b"x", 1), type(bytearray(b"%s") % b"a").__name__)
class HasBytes:
    def __bytes__(self):
        return b"viaBytes"
print(b"%s" % HasBytes(), b"%b" % (HasBytes(),))
