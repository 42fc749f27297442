# float floor division and modulo
for a in (7.5, -7.5, 0.0, -0.0, 1e300):
    for b in (2.0, -2.0, 0.1, float("inf"), float("-inf")):
        print(a, b, a // b, a % b)
print(5 % 0.3, -5 % 0.3, 5.0 // 0.3, divmod(-1e-20, 1.0))
print(float("inf") // 1, float("inf") % 1, float("nan") // 1, 1 % float("nan"))
for x, y in ((1.0, 0.0), (1, 0.0), (0.0, 0), (float("inf"), 0.0)):
    for op in ("//", "%", "/"):
        try:
            eval("x %s y" % op)
        except ZeroDivisionError as e:
            print(op, "ZeroDivisionError", e)
print(-0.0 % 5.0, 0.0 % -5.0, (-0.0) // 5.0, 6.0 % 3.0, -6.0 % 3.0)
