for x in (0.5, 1.5, 2.5, -2.5, 0.25, 0.35, 0.45, 2.675, 1.0005, 5e-324, 1e300, 123.455):
    print(x, round(x), round(x, 1), round(x, 2), round(x, 3), round(x, 20), round(x, -300))
for x in (float("inf"), float("nan"), float("-inf")):
    print(round(x, 2), round(x, -2))
print(round(1e-320, 320))
try:
    round(1.7976931348623157e308, -308)
except OverflowError as e:
    print(type(e).__name__, e)
print(round(2**70 + 0.0, -20), round(12345, -5), round(50000, -5), round(150000, -5), round(-50000, -5))
print(round(10**30 + 5 * 10**28, -29), round(-(10**30) - 5 * 10**28, -29))
