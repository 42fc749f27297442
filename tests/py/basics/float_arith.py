# float arithmetic and repr
print(0.1 + 0.2, 1.0, 1.5, -0.0, 1e16, 1e-5, 123.456, 1/3)
print(2.0 ** 0.5, 10 / 4, 7.0 // 2, -7.0 // 2, 7.0 % 3, -7.0 % 3, 7.5 % -2)
print(divmod(7.5, 2), divmod(-7.5, 2))
print(1e300 * 1e10, -1e300 * 1e10)
print(float("inf"), float("-inf"), float("1.5"), float(" 2.5 "), float("1e3"), float("-0"))
print(float(3), float(-7), float(True))
print(int(2.9), int(-2.9), int(1e10))
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5))
print(round(2.675, 2), round(1.23456, 3), round(-1.5), round(12.5, -1))
print(type(round(2.5)), type(round(2.5, 1)))
print(abs(-2.5), abs(0.0))
print(3.0 == 3, 3.5 > 3, 2 < 2.5, 1.0 != 1)
print((0.5).is_integer(), (2.0).is_integer())
print((1.5).as_integer_ratio(), (0.25).as_integer_ratio())
print(1.0e100, 1.5e-10, 12345678901234567890.0)
print(0.1 * 3, 100.0, 1e22, 1e21, 1e15 + 0.3)
print(float("nan") == float("nan"), float("nan") != float("nan"))
print(5 / 2, 4 / 2, -9 / 4)
for s in ["abc", "", "1.2.3"]:
    try:
        float(s)
    except ValueError as e:
        print("ValueError", e)
for a, b in [(1.0, 0.0), (1, 0.0), (0.0, 0.0)]:
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
try:
    5.0 // 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    5.0 % 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError", e)
x = 1.5
x += 1; print(x)
x *= 3; print(x)
x /= 2; print(x)
x -= 0.25; print(x)
x **= 2; print(x)
print(sum([0.1] * 10), max(1.5, 2), min(-0.5, 0))
print(2 ** -2, 2.0 ** -2, (-8) ** (1 / 3) == (-8) ** (1 / 3))
