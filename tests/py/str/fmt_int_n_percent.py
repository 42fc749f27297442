for n in [0, 7, -1234567, 10**12]:
    print(repr(format(n, "n")), repr(format(n, "10n")), repr(format(n, "%")), repr(format(n, ".1%")), repr(format(n, "e")), repr(format(n, ".2E")))
for f in [0.5, 1234.5678, -0.001, 1e-300]:
    print(repr(format(f, "n")), repr(format(f, ".3n")), repr(format(f, "%")), repr(format(f, ".0%")), repr(format(f, "+.1%")))
print(format(1, "x"), format(-1, "X"), format(255, "#_x"), format(2**40, "_o"), format(-(2**33), "#_b"))
