# divmod(a, b) == (a // b, a % b) across types, and identity a == q*b + r
import math
vals = [17, -17, 5, -5, 3.5, -3.5, 0.25, 10 ** 20, -(10 ** 20), True]
bad = 0
for a in vals:
    for b in vals:
        if b == 0:
            continue
        q, r = divmod(a, b)
        if (q, r) != (a // b, a % b):
            bad += 1
            print("mismatch", a, b)
        if isinstance(q, int) and isinstance(r, int) and q * b + r != a:
            print("identity", a, b)
        if r != 0 and (r < 0) != (b < 0):
            print("sign", a, b, r)
print("bad", bad)
print(divmod(-7, 2), divmod(7, -2), divmod(-7.0, 2), divmod(7, -2.0), divmod(1e300, 1e-300)[1] < 1e-300)
print(type(divmod(5, 2)[0]).__name__, type(divmod(5.0, 2)[0]).__name__, math.fmod(-7, 2), -7 % 2)
