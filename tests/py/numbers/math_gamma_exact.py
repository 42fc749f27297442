# math.gamma/lgamma agree with CPython's Lanczos implementation to the last bit.
import math
seed = 7
def rnd():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return seed / 2**64
out = []
for i in range(20000):
    r = rnd()
    x = (r - 0.3) * [1, 10, 60, 200, 400][i % 5]
    for f in (math.gamma, math.lgamma):
        try:
            out.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
import hashlib
print(len(out), hashlib.sha256(" ".join(out).encode()).hexdigest())
print(out[:12])
for x in [0.5, 1.5, 2.5, 3.7, 10.1, 0.1, -0.5, -1.5, 20.3, 100.7, 170.5, 1e-8, -3.3, 7.0, 0.9999, 1e-300, -1e-300, 171.7, -170.3, -200.5, 23.0, 24.0, -0.0]:
    for f in (math.gamma, math.lgamma):
        try:
            print(f.__name__, x, f(x))
        except (ValueError, OverflowError) as e:
            print(f.__name__, x, type(e).__name__, e)
