# math two-argument functions: domain/range errors and special-value results
import math
inf, nan = math.inf, math.nan
pairs = [(0, 0), (1, 0), (-1, 0.5), (0, -2), (2.5, inf), (inf, 0), (inf, -inf), (nan, 0), (-inf, 1), (10 ** 30, 0.5), (1, nan)]
for n in ["pow", "atan2", "fmod", "remainder", "copysign", "hypot", "log", "ldexp", "isclose", "nextafter", "dist"]:
    f = getattr(math, n)
    row = []
    for a, b in pairs:
        try:
            if n == "ldexp":
                b = int(b) if isinstance(b, int) or (b == b and abs(b) != inf and b == int(b)) else b
            if n == "dist":
                r = f([a], [b])
            else:
                r = f(a, b)
            row.append(repr(r))
        except Exception as e:
            row.append(type(e).__name__ + ":" + str(e))
    print(n, row)
