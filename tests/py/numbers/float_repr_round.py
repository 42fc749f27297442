# float repr and rounding
for x in [0.1, 0.2 + 0.1, 1/3, 1e16, 1e15, 123456789012345678.0, 1e-5, 1e-4, 0.0001234, -0.0, 5e-324, 1.7976931348623157e308, 2.5, 1e22, 1e23]:
    print(repr(x), str(x))
for x in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 0.125, 0.375]:
    print(x, round(x), round(x, 1), round(x, 2))
print(round(1234.5678, -2), round(-1234.5678, -1), round(1.5, 0), round(5e-324, 400), round(1e300, -300))
print(type(round(2.5)), type(round(2.5, 0)), round(2.5, None))
for v in [float("inf"), float("nan")]:
    try:
        round(v)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(round(float("inf"), 2), round(float("nan"), 2))
print((2.5).__round__(), (2.567).__round__(2), (3.7).__trunc__(), (-3.7).__floor__(), (-3.2).__ceil__(), (3.7).__int__())
print(7.0 // 2, -7.0 // 2, 7.0 % -2, -7.5 % 2, divmod(7.5, -2), divmod(-0.0, 1.0))
print(1e308 * 10, -1e308 * 10, 0.1 * 3, 1.0 / 3.0)
try:
    1.0 / 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    1.0 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    1.0 % 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError", e)
print((-8.0) ** (1/3), 0.0 ** 0, (-2.0) ** 2)
