pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1.0, 0.3), (-1.0, 0.3),
         (5, 2.5), (-5, 2.5), (1e300, 1e-300), (0.1, 0.01), (-3.0, 1e308)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
inf = float("inf")
print(5.0 // inf, -5.0 // inf, 5.0 % inf, -5.0 % inf)
print(5.0 % -inf, -5.0 % -inf)
print(divmod(1.0, inf), divmod(-1.0, inf))
for a, b in [(1.0, 0), (1, 0.0), (0.0, 0.0)]:
    for op in ("//", "%", "divmod"):
        try:
            if op == "//":
                a // b
            elif op == "%":
                a % b
            else:
                divmod(a, b)
        except ZeroDivisionError as e:
            print(op, type(e).__name__, e)
