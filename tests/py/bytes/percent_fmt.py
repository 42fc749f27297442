# bytes % formatting
print(b"%s %d %5.2f %x %r %c %c %b %-4s|" % (b"hi", 42, 3.14159, 255, b"q", 65, b"z", bytearray(b"ba"), b"l"))
print(b"%(a)s-%(b)d" % {b"a": b"A", b"b": 3}, b"%s" % b"one", b"%d%%" % 50, b"%5s|%-5s|" % (b"r", b"l"), b"%.2s" % b"abcdef")
print(b"%i %u %o %X %#x %#o %+d % d %05d %e %g %E" % (1, 2, 8, 255, 255, 8, 3, 4, 42, 1.5, 0.0001, 2.5))
print(b"%a %r" % ("é", "x"), b"%s" % memoryview(b"mv"), b"%*d|%-*d|" % (4, 1, 3, 2), b"%.*f" % (1, 2.25), b"%d" % 3.9, b"%x" % True)
print(bytearray(b"%s!") % b"x", type(bytearray(b"%s") % b"x").__name__, b"no args" % (), b"%c" % 0)
class WB:
    def __bytes__(self):
        return b"WB"
print(b"%s" % WB(), b"%b" % (WB(),))
for bad in ["b'%s' % 'str'", "b'%d' % b'x'", "b'%s %s' % (b'a',)", "b'%s' % (b'a', b'b')", "b'%y' % 1", "b'%' % ()",
            "b'%(a)s' % (1,)", "b'%c' % 256", "b'%c' % b'ab'", "b'%x' % 1.5", "b'%f' % 'x'", "b'abc' % 5"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
