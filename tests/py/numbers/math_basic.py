# math module: basic functions
import math
print(math.pi, math.e, math.tau, math.inf, math.nan, -math.inf)
print(math.sqrt(16), math.sqrt(2), math.sqrt(0.0), math.sqrt(-0.0), math.sqrt(10**20), math.sqrt(True))
print(math.fabs(-3), math.fabs(2**10), math.copysign(3, -0.0), math.copysign(-2, 5), math.copysign(1, float("nan")) > 0)
print(math.floor(3.7), math.floor(-3.2), math.ceil(3.2), math.ceil(-3.7), math.trunc(-3.7), math.trunc(3.7))
print(math.floor(2**70), math.ceil(-5), math.trunc(10**30), math.floor(1e20), type(math.floor(1.5)))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(5.5, float("inf")), math.remainder(7, 3), math.remainder(5, 2), math.remainder(-5, 2))
print(math.modf(3.25), math.modf(-3.25), math.modf(float("inf")), math.frexp(8), math.frexp(0.0), math.frexp(-0.3))
print(math.ldexp(0.75, 4), math.ldexp(1, -1074), math.ldexp(1, -1080), math.ldexp(-0.0, 10))
print(math.isfinite(1e308), math.isfinite(math.inf), math.isinf(-math.inf), math.isinf(1), math.isnan(math.nan), math.isnan(1))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1, 1.05, rel_tol=0.1), math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.isclose(math.inf, math.inf), math.isclose(math.inf, 1e308), math.isclose(math.nan, math.nan))
print(math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.hypot(), math.hypot(5), math.hypot(-3))
print(math.hypot(3, 4, 12), math.hypot(1, math.inf, math.nan), math.hypot(math.nan, 2), math.dist((0, 0), (3, 4)), math.dist([1, 1, 1], [2, 2, 2]) == math.sqrt(3))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0), math.ulp(1.0), math.ulp(0.0), math.ulp(1e308), math.ulp(math.inf))
class Fl:
    def __float__(self):
        return 2.25
class FloorMe:
    def __floor__(self):
        return "floored"
    def __ceil__(self):
        return "ceiled"
    def __trunc__(self):
        return "trunced"
print(math.sqrt(Fl()), math.floor(Fl()), math.floor(FloorMe()), math.ceil(FloorMe()), math.trunc(FloorMe()))
print(math.pow(2, 10), math.pow(2, -1), math.pow(-8, 1/3) if False else 0, math.pow(1, math.nan), math.pow(math.nan, 0), math.pow(0.0, 0), math.pow(-2, 3))
