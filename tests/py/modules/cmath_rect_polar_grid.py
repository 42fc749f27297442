# cmath.rect / polar / phase over a grid of special and extreme values
import cmath, math
inf, nan = math.inf, math.nan
vals = [-inf, -2.3, -1.0, -0.0, 0.0, 0.5, 2.3, inf, nan, 1e308, 1e-300]
for x in vals:
    for y in vals:
        try:
            r = repr(cmath.rect(x, y))
        except Exception as e:
            r = type(e).__name__
        try:
            p = repr(cmath.polar(complex(x, y)))
        except Exception as e:
            p = type(e).__name__
        try:
            ph = repr(cmath.phase(complex(x, y)))
        except Exception as e:
            ph = type(e).__name__
        print(x, y, r, p, ph)
