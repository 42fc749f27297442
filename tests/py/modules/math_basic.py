# math module
import math
print(math.pi, math.e, math.inf, -math.inf, math.isnan(math.nan))
print(math.sqrt(16), math.sqrt(2), math.pow(2, 10), math.exp(1), math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7), type(math.floor(1.5)).__name__)
print(math.fabs(-3), math.copysign(2, -0.0), math.fmod(7, 3), math.fmod(-7, 3), math.modf(3.5), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 2), 12), round(math.tan(math.pi / 4), 12))
print(round(math.asin(1), 12), round(math.acos(1), 12), round(math.atan(1), 12), round(math.atan2(1, 1), 12), round(math.atan2(-1, -1), 12))
print(math.degrees(math.pi), math.radians(180), math.hypot(3, 4))
print(math.isinf(math.inf), math.isinf(1.0), math.isfinite(1.0), math.isfinite(math.nan))
print(math.gcd(12, 18), math.gcd(0, 5), math.factorial(10), math.factorial(0))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.1))
print(round(math.sinh(1), 10), round(math.cosh(1), 10), round(math.tanh(1), 10))
for f, arg in [(math.sqrt, -1), (math.log, 0), (math.log, -1), (math.acos, 2)]:
    try:
        f(arg)
    except ValueError as e:
        print("ValueError", e)
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError", e)
print(math.floor(10 ** 20 + 0.0) == 10 ** 20, math.ceil(5), math.sqrt(0.0))
