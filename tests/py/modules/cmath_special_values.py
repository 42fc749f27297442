# cmath: C99 Annex G special values (infinities, nans, signed zeros) for each function
import cmath, math
inf, nan = math.inf, math.nan
parts = [-inf, -2.0, -0.0, 0.0, 2.0, inf, nan]
for n in ["exp", "log", "sqrt", "sinh", "cosh", "tanh", "asinh", "acos", "acosh", "atanh",
          "sin", "cos", "tan", "asin", "atan", "log10"]:
    f = getattr(cmath, n)
    row = []
    for x in parts:
        for y in parts:
            if math.isfinite(x) and math.isfinite(y):
                continue
            try:
                r = f(complex(x, y))
                row.append(repr(r).replace("1.5707963267948966", "P2").replace("0.7853981633974483", "P4"))
            except ValueError:
                row.append("VE")
    print(n, " ".join(row))
