# math integer functions: comb/perm/factorial/gcd/lcm/isqrt argument checking
import math
def t(f, *a):
    try:
        print(f.__name__, a, repr(f(*a)))
    except Exception as e:
        print(f.__name__, a, type(e).__name__, e)
for a in [(5, 2), (5, 7), (0, 0), (-1, 2), (5, -1), (5.0, 2), (5, 2.0), (True, True), (10 ** 20, 2), (10 ** 400, 10 ** 400 - 1)]:
    t(math.comb, *a)
for a in [(5,), (5, 2), (5, None), (-3,), (5, 6), (5, -1), ("5",), (10 ** 400,), (3, 1.5)]:
    t(math.perm, *a)
for a in [0, 1, 20, -1, 5.0, 2.5, "3", True, 10 ** 20]:
    t(math.factorial, a)
for a in [(), (12,), (12, 18), (12, 18, 27), (0, 0), (-4, 6), (2 ** 70, 2 ** 65), (1.0, 2), (3, "x")]:
    t(math.gcd, *a)
for a in [(), (4,), (4, 6), (4, 6, 10), (0, 5), (-4, 6), (2 ** 40, 3 ** 20), (2, 2.0)]:
    t(math.lcm, *a)
for a in [0, 1, 15, 16, 10 ** 40, -1, 2.0, "4", True]:
    t(math.isqrt, a)
