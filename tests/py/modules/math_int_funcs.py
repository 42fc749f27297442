# math functions on integers and special values
import math
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(3.99), math.floor(7), math.ceil(7))
print(math.gcd(2 ** 40, 6 ** 20), math.gcd(-12, 18), math.factorial(20), math.factorial(25))
print(math.isqrt(17) if hasattr(math, "isqrt") else 4, math.sqrt(2 ** 100) == 2.0 ** 50)
print(math.fsum([0.1] * 10) if hasattr(math, "fsum") else 1.0, sum([0.1] * 10))
print(math.exp(0), math.log(1), math.log(100, 10), math.log2(8), math.log10(0.001))
print(math.pow(2, 0.5) == 2 ** 0.5, math.pow(-8, 1) , math.fabs(-7.25), math.copysign(3, -1), math.copysign(-3, 1))
print(math.modf(-2.5), math.modf(3.0), math.frexp(0.0), math.frexp(-6.0), math.ldexp(3, -1))
print(math.fmod(10, 3), math.fmod(-10, 3), math.fmod(10, -3), -10 % 3)
print(round(math.e, 10), round(math.pi, 10), round(math.tau, 10) if hasattr(math, "tau") else 6.2831853072)
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.001, rel_tol=0.01), math.isclose(0.0, 1e-10, abs_tol=1e-9))
print([round(math.sin(math.radians(d)), 10) for d in (0, 30, 90, 180, 270)])
print([round(math.cos(math.radians(d)), 10) for d in (0, 60, 90, 180)])
try:
    math.log(-1)
except ValueError as e:
    print("ValueError", e)
try:
    math.factorial(1.5)
except (ValueError, TypeError) as e:
    print(type(e).__name__)
