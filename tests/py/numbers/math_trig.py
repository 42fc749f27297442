# math: trigonometric and hyperbolic functions, gamma and erf
import math
def r(x):
    return round(x, 10)
for x in [0, 0.5, 1, -1.25, 3]:
    print(x, r(math.sin(x)), r(math.cos(x)), r(math.tan(x)), r(math.atan(x)), r(math.sinh(x)), r(math.cosh(x)), r(math.tanh(x)), r(math.asinh(x)))
for x in [-1, -0.5, 0, 0.5, 1]:
    print(x, r(math.asin(x)), r(math.acos(x)))
print(r(math.acosh(1)), r(math.acosh(2)), r(math.atanh(0.5)), r(math.atanh(-0.25)))
print(r(math.atan2(1, 1)), r(math.atan2(-1, -1)), math.atan2(0.0, -0.0), math.atan2(-0.0, 0.0), r(math.atan2(1, 0)), r(math.atan(math.inf)))
print(math.sin(0.0), math.sin(-0.0), math.tanh(math.inf), math.tanh(-math.inf), math.sinh(-math.inf), math.cosh(math.inf))
print(r(math.gamma(5)), r(math.gamma(0.5) ** 2), r(math.gamma(-1.5)), r(math.lgamma(10)), r(math.lgamma(0.5)), math.gamma(1), math.lgamma(1), math.lgamma(2))
print(r(math.erf(0.5)), r(math.erfc(0.5)), math.erf(0), math.erfc(0), math.erf(math.inf), math.erfc(math.inf), math.erf(-math.inf))
def err(f, *a, **k):
    try:
        print(f(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)
err(math.sin, math.inf)
err(math.cos, -math.inf)
err(math.tan, math.inf)
err(math.asin, 2)
err(math.acos, -1.5)
err(math.acosh, 0.5)
err(math.atanh, 1)
err(math.atanh, -2)
err(math.sinh, 1000)
err(math.cosh, -1000)
err(math.gamma, 0)
err(math.gamma, -2)
err(math.gamma, 200)
err(math.gamma, -math.inf)
err(math.gamma, math.inf)
err(math.lgamma, 0)
err(math.lgamma, -3)
err(math.lgamma, math.inf)
err(math.lgamma, -math.inf)
err(math.atan2, 1)
err(math.sin, "x")
