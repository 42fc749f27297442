for x in (1e16, 1e-5, 0.1 + 0.2, -0.0, 5e-324, 1.7976931348623157e308, 123456.789, 1.5, 2.5, float("inf"), float("nan")):
    print(format(x, ""), format(x, "g"), format(x, ".3g"), format(x, "e"), format(x, ".2f") if abs(x) < 1e20 else "-", format(x, "%") if abs(x) < 1e20 else "-", format(x, "r") if False else "")
print(format(1234567.891, ",.2f"), format(-1234.5, "_.1f"), format(0.5, "+.0f"), format(1.5, " .0f"))
print(format(1e16, ".17g"), format(1e-5, "#g"), format(100.0, "#.3g"), format(0.0001, ".2e"))
print("%.3e %g %G %10.4f|%-10.2f|" % (12345.678, 1e-10, 1e20, 3.14159, 2.5))
print(f"{3.0:n} {1e100:.3} {12.0:=+10.2f} {-3.5:010.2f} {0.000012345:.2g}")
