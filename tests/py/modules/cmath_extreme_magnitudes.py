# cmath: huge and tiny (subnormal) arguments keep full precision without overflow
import cmath
vals = [complex(1e308, 1e308), complex(-1e308, 1e300), complex(1e-320, 1e-320), complex(5e-324, 0),
        complex(0, 1e-310), complex(1e200, -1e-200), complex(-3e307, -4e307)]
for n in ["sqrt", "log", "log10", "asin", "acos", "asinh", "acosh", "atan", "atanh", "tanh", "tan"]:
    f = getattr(cmath, n)
    out = []
    for z in vals:
        try:
            out.append(repr(f(z)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(n, out)
print(cmath.polar(complex(1e308, 1e308)) if False else "skip")
try:
    cmath.polar(complex(1e308, 1e308))
except OverflowError as e:
    print("OverflowError", e)
print(abs(cmath.rect(1e308, 0.5)) > 1e307)
