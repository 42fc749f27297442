# mixed int/float/bool arithmetic results and types
vals = [3, -2, 2.5, -0.5, True, 0]
for a in vals[:4]:
    for b in vals:
        row = []
        for op in ("+", "-", "*", "/", "//", "%", "**"):
            try:
                r = eval("a %s b" % op)
                row.append("%s:%r" % (op, r))
            except ZeroDivisionError:
                row.append(op + ":ZDE")
        print(repr(a), repr(b), " ".join(row))
print(type(1 + 1.0).__name__, type(True + True).__name__, type(2 ** -1).__name__, type(4 / 2).__name__)
print(1 + 2 ** 62 * 2.0, (2 ** 63) * 1.0, 7 // 2.0, -7 // 2.0, 7 % -2.0)
