for x in (1.9, -1.9, 0.5, -0.5, 1e18, -1e18, 1e19, 1.5e300, 2.0**63, -2.0**63, 2.0**64):
    print(x, int(x))
for x in (float("inf"), float("-inf"), float("nan")):
    for conv in (int, round):
        try:
            print(conv(x))
        except (OverflowError, ValueError) as e:
            print(conv.__name__, type(e).__name__, e)
import math
for x in (float("inf"), float("nan")):
    for f in (math.floor, math.ceil, math.trunc):
        try:
            print(f(x))
        except (OverflowError, ValueError) as e:
            print(f.__name__, type(e).__name__, e)
try:
    (float("inf")).as_integer_ratio()
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (float("nan")).as_integer_ratio()
except ValueError as e:
    print(type(e).__name__, e)
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(1e20))
