# cmath module
import cmath, math
def r(z):
    z = complex(z)
    return complex(round(z.real, 10) + 0.0, round(z.imag, 10) + 0.0)
print(cmath.pi == math.pi, cmath.e == math.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(cmath.sqrt(-1), cmath.sqrt(4), cmath.sqrt(-4 + 0j), r(cmath.sqrt(1j)), r(cmath.sqrt(3 - 4j)), cmath.sqrt(0j), cmath.sqrt(-0.0 - 0j))
print(r(cmath.exp(1j * math.pi)), r(cmath.exp(1)), cmath.exp(0), r(cmath.log(-1)), r(cmath.log(1j)), r(cmath.log(100, 10)), r(cmath.log10(1000j)))
print(cmath.phase(-1), cmath.phase(1j), cmath.phase(-1 - 0j), cmath.phase(1), cmath.polar(1j), cmath.polar(-2), r(cmath.rect(2, math.pi / 2)), cmath.rect(3, 0))
for z in [0.5, 1 + 1j, -2 + 0.5j, 0.25j]:
    print(z, r(cmath.sin(z)), r(cmath.cos(z)), r(cmath.tan(z)), r(cmath.sinh(z)), r(cmath.cosh(z)), r(cmath.tanh(z)))
    print(z, r(cmath.asin(z)), r(cmath.acos(z)), r(cmath.atan(z)), r(cmath.asinh(z)), r(cmath.acosh(z)), r(cmath.atanh(z)))
print(cmath.isfinite(1 + 1j), cmath.isfinite(complex(math.inf, 0)), cmath.isinf(complex(0, math.inf)), cmath.isinf(1), cmath.isnan(cmath.nanj), cmath.isnan(1j))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 2j), cmath.isclose(0j, 1e-10j, abs_tol=1e-9), cmath.isclose(1, 1.0))
class C:
    def __complex__(self):
        return 1j
print(cmath.sqrt(C()), cmath.phase(C()))
def err(f, *a, **k):
    try:
        print(f(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)
err(cmath.log, 0)
err(cmath.log10, 0j)
err(cmath.atanh, 1)
err(cmath.atan, 1j)
err(cmath.exp, 1000)
err(cmath.sqrt, "x")
err(cmath.sqrt)
err(cmath.rect, 1)
err(cmath.isclose, 1j, 1j, rel_tol=-1)
