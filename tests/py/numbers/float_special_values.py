# arithmetic with inf and nan
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, inf * -1, -inf / inf, 1 / inf, inf ** 0, nan ** 0, 1 ** nan)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf > 1e308, -inf < -1e308, inf == inf)
print(max(inf, 1), min(-inf, 0), abs(-inf), -nan != -nan)
print(inf == 10 ** 400, inf > 10 ** 400, -inf < -(10 ** 400), 10 ** 400 < inf)
print(float("1e400") == inf, 1e308 * 10, -1e308 * 10, 2.0 ** 1023 * 2 == inf if False else "skip")
print(inf.is_integer(), nan.is_integer(), (2.0).is_integer(), (2.5).is_integer())
import math
print(math.isinf(inf), math.isnan(nan), math.isfinite(1e308), math.copysign(1, -0.0))
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: 2.0 ** 10000)
show(lambda: 10.0 ** 400)
show(lambda: (-8.0) ** 0.5)
show(lambda: 0.0 ** -1)
show(lambda: int(inf))
show(lambda: int(nan))
show(lambda: inf.as_integer_ratio())
show(lambda: nan.as_integer_ratio())
show(lambda: round(inf))
show(lambda: 1e308 + 1e308)
show(lambda: math.floor(nan))
