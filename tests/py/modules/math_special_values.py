# math: every float function applied to inf, -inf, nan, -0.0 and a huge value
import math
inf, nan = math.inf, math.nan
skip = {"cbrt", "gamma", "lgamma"}
names = sorted(n for n in dir(math) if not n.startswith("_") and callable(getattr(math, n)))
for n in names:
    f = getattr(math, n)
    row = []
    for v in [inf, -inf, nan, -0.0, 1e308, 10 ** 400]:
        try:
            row.append(repr(f(v)))
        except Exception as e:
            row.append(type(e).__name__ + ":" + str(e))
    if n in skip:
        row = [r for r in row if "Error" in r or r in ("inf", "nan", "-inf")]
    print(n, row)
