import math

print(math.comb(5, 2), math.comb(5, 0), math.comb(5, 6), math.comb(0, 0), math.comb(50, 25))
print(math.perm(5, 2), math.perm(5), math.perm(5, 0), math.perm(3, 4), math.perm(20, 10))
print(math.factorial(0), math.factorial(1), math.factorial(20), math.factorial(25))
for f, a in [(math.comb, (-1, 2)), (math.comb, (5, -1)), (math.perm, (-3,)), (math.perm, (3, -1)),
             (math.comb, (5.0, 2)), (math.perm, (5, "2")), (math.factorial, (-1,)),
             (math.factorial, (2.0,)), (math.factorial, (2.5,)), (math.factorial, ("3",)),
             (math.comb, (5,)), (math.isqrt, (-1,)), (math.isqrt, (2.0,))]:
    try:
        print(f(*a))
    except (ValueError, TypeError) as e:
        print(f.__name__, a, type(e).__name__, e)
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**40), math.isqrt(True))
print(math.gcd(), math.gcd(12), math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 0), math.gcd(12, 18, 8))
print(math.lcm(), math.lcm(4, 6), math.lcm(-4, 6), math.lcm(0, 5), math.lcm(2, 3, 4), math.gcd(2**70, 2**65))
try:
    math.gcd(1.5, 2)
except TypeError as e:
    print("TypeError", e)
try:
    math.lcm(2, "a")
except TypeError as e:
    print("TypeError", e)
