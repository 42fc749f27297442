for v in [0.0, 1.5, -2.75, 1234567.891, 1e-10, 1e100, float("inf"), float("nan"), 3]:
    print("%f|%.2f|%10.3f|%-10.1f|%010.2f|%+f|% .1f|%e|%.3E|%g|%G|%#.3g|%.0f|%#.0f" % ((v,) * 14))
print("%.*f|%*.*e" % (2, 3.14159, 12, 1, 2.5), "%5.1f%%" % 99.5, "%(a).3f %(b)s" % {"a": 1, "b": 2})
for fmt, arg in [("%f", "1.5"), ("%e", None), ("%g", [1]), ("%.2f", 1j)]:
    try:
        print(fmt % arg)
    except TypeError as e:
        print(type(e).__name__, e)
