import math

inf, nan = math.inf, math.nan
print(math.isinf(inf), math.isinf(-inf), math.isinf(nan), math.isinf(1e308))
print(math.isnan(nan), math.isnan(inf), math.isfinite(1.0), math.isfinite(inf), math.isfinite(nan))
print(math.sqrt(inf), math.exp(-inf), math.exp(inf), math.log(inf), math.atan(inf), math.atan(-inf))
print(math.tanh(inf), math.tanh(-inf), math.atan2(1, inf), math.atan2(inf, inf), math.atan2(-0.0, -1.0))
print(math.isnan(math.sin(nan)), math.isnan(math.sqrt(nan)), math.hypot(inf, nan), math.hypot(nan, 1))
print(math.copysign(1, -0.0), math.copysign(-2, 0.0), math.copysign(3, -nan) if False else "", math.copysign(inf, -1))
print(math.fabs(-inf), math.fabs(-0.0), math.pow(1, nan), math.pow(nan, 0), math.pow(inf, -1), math.pow(-inf, 3))
print(math.fsum([inf, 1]))
try:
    math.fsum([inf, -inf])
except ValueError as e:
    print("ValueError", e)
try:
    math.fsum([1e308, 1e308])
except OverflowError as e:
    print("OverflowError", e)
print(math.fmod(5, inf), math.fmod(-5, inf), math.fmod(-0.0, 3))
print(math.inf == float("inf"), math.isnan(math.nan), math.tau == 2 * math.pi, math.e)
print(math.degrees(math.pi), math.radians(180), math.modf(inf), math.modf(-inf), math.modf(-2.5))
print(math.frexp(inf), math.frexp(0.0), math.frexp(8.0), math.ldexp(0.5, 4), math.ldexp(inf, -5))
print(math.isnan(math.modf(nan)[0]), math.nextafter(1.0, 2.0), math.nextafter(0.0, -1.0), math.ulp(1.0), math.ulp(inf))
