print("%s %s" % ("a", 1), "%r" % "q", "%a" % "é", "%d%%" % 50, "%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %o %#x %#X %#o" % (255, 255, 8, 255, 255, 8), "%i %u" % (-3, 7), "%d" % True, "%d" % 3.99, "%d" % -3.99)
print("%f %.2f %10.3f %-10.1f| %e %.3E %g %G %.10g" % (3.14159, 2.5, 1.23456, 9.99, 12345.678, 0.000123, 1e-5, 1e20, 1 / 3))
print("%s" % (1,), "%s" % [1, 2], "%s" % {"a": 1}, "%s" % ((1, 2),), "hello" % (), "%(a)s-%(b)05.1f" % {"a": "x", "b": 2.25})
print("%c%c%c" % (72, "i", 0x1F600), "%5s|%-5s|%.2s" % ("ab", "cd", "xyz"), "%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("%*s|" % (-6, "ab"), "%.0f %.0f %.0f" % (0.5, 1.5, 2.5), "%#.0f %#g" % (1.0, 1.0), "%08.3f %+.2e" % (-3.14159, 12345))
print("%s" % None, "%r" % None, "%d" % (2**70), "%x" % (-2**65), "%.3d" % 7, "%5.3d|" % 7, "%f %F" % (1e400, -1e400), "%e" % (1e400 - 1e400))
class N:
    def __index__(self):
        return 11
print("%x %d" % (N(), N()))
print("%(x)s %(x)r" % {"x": "k"}, "%%s" % (), "a%%b" % {})
for f in [lambda: "%d" % "x", lambda: "%c" % "ab", lambda: "%c" % 1.5, lambda: "%(a)s" % 1, lambda: "%s %s" % (1,), lambda: "%s" % (1, 2),
          lambda: "%c" % -1, lambda: "%x" % 1.5, lambda: "%i" % None, lambda: "%f" % "x", lambda: "%*d" % ("x", 1), lambda: "%z" % 1,
          lambda: "%" % 1, lambda: "%(a" % {}, lambda: "%(a)s %s" % {"a": 1}, lambda: "%s" % (), lambda: "hi" % 5, lambda: "%(k)s" % {},
          lambda: "%c" % 0x110000, lambda: "%d" % [1], lambda: "%o" % "s", lambda: "%.*f" % (1.5, 1), lambda: "%d" % 1e400]:
    try:
        print(repr(f()))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
