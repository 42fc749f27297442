# inf and nan arithmetic and comparisons
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf != inf - inf, inf * 0 != inf * 0, -inf * -1, inf / 1e308, 1 / inf, -1 / inf)
print(inf > 1e308, -inf < -1e308, inf == inf, inf == -inf, nan == nan, nan != nan, nan < 1, nan > 1)
print(max(1, inf), min(-inf, 0), abs(-inf), sorted([3.0, inf, -inf, 0.0]))
print(repr(inf), repr(-inf), repr(nan), str(nan), "%f" % inf, "{:.2f}".format(-inf), f"{nan}")
print(inf in [inf], nan in [nan], [nan] == [nan])
x = nan
print(x is x, x == x, [x] == [x])
print(int(1e18), float(10 ** 18), 1e18 == 10 ** 18, 1e308 * 10 == inf)
print(0.0 == -0.0, str(-0.0), repr(0.0 * -1), 1 / inf == 0)
print(round(inf) if False else "skip", hash(inf) == hash(inf))
import math
print(math.isinf(inf), math.isnan(nan), math.isnan(inf - inf), math.copysign(1, -0.0))
for v in [inf, -inf, nan]:
    try:
        int(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
    try:
        round(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
