# math: integer functions
import math
print(math.factorial(0), math.factorial(1), math.factorial(5), math.factorial(20), math.factorial(30), len(str(math.factorial(500))))
print(math.gcd(), math.gcd(12), math.gcd(-12), math.gcd(12, 18), math.gcd(12, 18, 8), math.gcd(0, 0), math.gcd(2**100, 2**60 * 3), math.gcd(True, 4))
print(math.lcm(), math.lcm(4), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(-4, 6), math.lcm(2**64, 3))
print(math.comb(5, 2), math.comb(10, 0), math.comb(10, 10), math.comb(3, 5), math.comb(100, 50), math.comb(2**70, 1))
print(math.perm(5, 2), math.perm(5), math.perm(5, None), math.perm(3, 5), math.perm(10, 0), math.perm(20, 10))
print(math.isqrt(0), math.isqrt(1), math.isqrt(15), math.isqrt(16), math.isqrt(10**40), math.isqrt(2**201), math.isqrt(True))
print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod(range(1, 11)), math.prod([2.5, 2]), math.prod([2, 3], start=10), math.prod(["ab"], start=3))
print(math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([]), math.fsum(range(10)))
print(math.fsum([1, 1e-16, 1e-16]), math.fsum([math.inf, 1]), math.fsum([-math.inf, 5]), math.isnan(math.fsum([math.nan, 1])), math.fsum([2**53, 1.0, 1.0]))
class Idx:
    def __index__(self):
        return 6
print(math.factorial(Idx()), math.gcd(Idx(), 4), math.comb(Idx(), 2), math.isqrt(Idx()))
def err(f, *a, **k):
    try:
        print(f(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)
err(math.factorial, -1)
err(math.factorial, 1.5)
err(math.factorial, 5.0)
err(math.gcd, 1.5)
err(math.lcm, 2.0)
err(math.comb, -1, 2)
err(math.comb, 5, -2)
err(math.comb, 1.0, 2)
err(math.comb, 5)
err(math.perm, 3, -1)
err(math.perm, -3)
err(math.isqrt, -1)
err(math.isqrt, 2.0)
err(math.prod, 5)
err(math.fsum, [1, "a"])
err(math.fsum, [math.inf, -math.inf])
err(math.fsum, [1e308, 1e308])
err(math.dist, (1,), (1, 2))
err(math.dist, 1, 2)
err(math.hypot, "x")
