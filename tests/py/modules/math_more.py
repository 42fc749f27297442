# math: rounding helpers, conversions and constants interplay
import math
vals = [-2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 2.675]
print([math.floor(v) for v in vals], [math.ceil(v) for v in vals], [math.trunc(v) for v in vals], [round(v) for v in vals])
print(math.sqrt(144), math.sqrt(0.25), math.exp(math.log(10)) - 10 < 1e-12, math.log(1024, 2))
angles = [0, 45, 90, 135, 180]
print([round(math.degrees(math.radians(a)), 10) for a in angles])
print(round(math.hypot(5, 12), 10), round(math.atan2(0, -1), 10), round(math.pi / 4, 10))
def circle_area(r):
    return math.pi * r * r
print(round(circle_area(2), 6), round(2 * math.pi * 3, 6))
print(math.gcd(48, 180), math.factorial(12) // (math.factorial(5) * math.factorial(7)))
print(math.isfinite(1e308), math.isinf(1e308 * 10), math.isnan(float("nan")))
