# printf-style % formatting
print("%s %s" % ("a", "b"), "%d" % 42, "%5d|%-5d|%05d" % (1, 2, 3), "%+d %+d" % (5, -5))
print("%f %.2f %10.3f %-10.1f|" % (3.14159, 3.14159, 3.14159, 3.14159))
print("%e %.2e %g %g %G" % (12345.678, 0.000123, 0.0001, 1e20, 1e-20))
print("%x %X %#x %o %#o" % (255, 255, 255, 8, 8))
print("%c%c" % (72, "i"), "%r %s" % ("q", "q"), "%%", "100%%" % ())
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("%s" % [1, 2], "%s" % (1,), "%s" % ((1, 2),), "%d%%" % 50)
print("%*d|%-*d|%.*f" % (5, 1, 5, 2, 2, 3.14159))
print("%i %u" % (7, 8), "%.3s" % "abcdef", "%5s|%-5s|" % ("r", "l"))
print("%d" % 3.99, "%s" % None, "%s %s" % (True, 1.0))
for fmt, args in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%(k)s", 5)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
print(b"%s=%d" % (b"k", 3), b"%x" % 255, b"%c" % 65)
print("%.0f %.0f %.1f" % (0.5, 1.5, 0.25))
print("%s" % "%s", "%-6.2f|" % 2.5, "% d" % 5)
