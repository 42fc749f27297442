import math

print(math.log(10**100), math.log10(10**100), math.log2(2**1000), math.log(2**2000, 2))
print(math.log(10**400) > 921, math.log10(10**400), math.log2(3**700))
print(math.sqrt(10**100), math.floor(10**50 + 0.0) == 10**50, math.factorial(30))
print(math.isqrt(10**60 + 1), math.gcd(10**30, 10**20 * 7), math.lcm(10**20, 3))
print(math.comb(100, 50), math.perm(30, 10))
try:
    math.sqrt(10**400)
except OverflowError as e:
    print("OverflowError", e)
try:
    math.exp(10**400)
except OverflowError as e:
    print("OverflowError", e)
try:
    math.log(-(10**400))
except ValueError as e:
    print("ValueError", e)
try:
    math.log(0 * 10**400)
except ValueError as e:
    print("ValueError", e)
print(math.fabs(-10**20), math.ldexp(1, 60), math.trunc(-7.9), math.prod(range(1, 21)))
print(math.fsum([10**20, 1, -10**20]), math.hypot(10**20, 10**20))
print(math.copysign(10**20, -1), math.isfinite(10**300), math.isnan(10**300))
