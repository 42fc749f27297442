vals = [0.0, -0.0, 1.5, -2.25, 1234.5678, 1e-7, 1e22, 123456789.0, 2.5, 0.125, float("inf"), float("-inf"), float("nan")]
for v in vals:
    print(repr(v), format(v, "e"), format(v, "E"), format(v, "f"), format(v, "F"), format(v, "g"), format(v, "G"), format(v, "%"), format(v, ""), format(v, "n"))
for v in [1.0, 0.1, 1e16, 1e-5, 123.0, 1.5e300]:
    print(format(v, ".0e"), format(v, ".0f"), format(v, ".0g"), format(v, ".3g"), format(v, "#.3g"), format(v, "#g"), format(v, ".10g"), format(v, ".2%"), format(v, ".3"), format(v, "#.0f"))
print(format(2.5, ".0f"), format(3.5, ".0f"), format(0.125, ".2f"), format(0.375, ".2f"), format(1e100, ".3e"))
print(format(3, ".2f"), format(3, "e"), format(-7, "%"), format(True, ".1f"))
