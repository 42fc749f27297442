# cmath.phase / polar / rect / isfinite / isinf / isnan / isclose and constants
import cmath, math
inf, nan = math.inf, math.nan
for z in [1, -1, 1j, -1j, complex(-1, -0.0), complex(-1, 0.0), 0j, complex(-0.0, -0.0), complex(inf, inf), complex(nan, 1), 3 + 4j]:
    print(repr(z), cmath.phase(z), cmath.polar(z))
for r, phi in [(1, 0), (2, math.pi / 2), (1, math.pi), (0, 1), (-1, 0.5), (inf, 0), (inf, 1), (inf, -0.0), (nan, 0), (0, inf), (1, nan)]:
    try:
        print(r, phi, repr(cmath.rect(r, phi)))
    except ValueError as e:
        print(r, phi, "ValueError", e)
for z in [1 + 1j, complex(inf, 0), complex(0, nan), complex(nan, inf)]:
    print(repr(z), cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j, rel_tol=0.2), cmath.isclose(0j, 1e-10j, abs_tol=1e-9))
print(cmath.isclose(complex(inf, 0), complex(inf, 0)), cmath.isclose(complex(nan, 0), complex(nan, 0)))
try:
    cmath.isclose(1j, 1j, rel_tol=-1)
except ValueError as e:
    print("ValueError", e)
try:
    cmath.rect(1)
except TypeError as e:
    print("TypeError", e)
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, repr(cmath.infj), repr(cmath.nanj), cmath.nan)
