import math

print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.1))
print(math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.isclose(math.nan, math.nan), math.isclose(math.inf, -math.inf), math.isclose(5, 5))
try:
    math.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print("ValueError", e)
try:
    math.isclose(1, 2, 0.1)
except TypeError as e:
    print("TypeError", e)
print(math.copysign(3, -1), math.copysign(-3, 1), math.copysign(0.0, -1))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(7.5, 2))
print(math.remainder(7, 3), math.remainder(-7, 3), math.remainder(5, 2), math.remainder(7, 2), math.remainder(3, math.inf))
print(math.prod([1, 2, 3]), math.prod([]), math.prod([2, 3], start=10), math.prod([1.5, 2]))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([]))
print(math.dist((0, 0), (3, 4)), math.hypot(3, 4), math.hypot(), math.hypot(1, 2, 2))
try:
    math.dist((0, 0), (1,))
except ValueError as e:
    print("ValueError", e)
print(math.exp(1), math.expm1(1e-10), math.log(8, 2), math.log2(1024), math.log10(0.001), math.log1p(1e-10))
print(math.sin(0), math.cos(0), round(math.tan(math.pi / 4), 12), math.atan2(1, 1), math.asinh(1), math.erf(0), math.erfc(0))
print(math.gamma(5), math.lgamma(1), math.gamma(20), math.gamma(23), math.log(2**1000), math.log10(10**50), math.log2(2**200))
print(math.sqrt(4), math.pow(2, 10), math.pow(2, -1))
