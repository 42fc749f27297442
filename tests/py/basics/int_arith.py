# integer arithmetic: + - * // % ** and sign rules
vals = [0, 1, -1, 7, -7, 13, -13, 100]
for a in vals:
    for b in [3, -3, 5, -5]:
        print(a, b, a + b, a - b, a * b, a // b, a % b, divmod(a, b))
print(2 ** 10, 2 ** 0, (-2) ** 3, (-2) ** 4, 0 ** 0)
print(2 ** -1, 10 ** -2)
print(7 // 1, -7 // 1, 0 // 5)
print(-(5), +(5), -(-5), ~5, ~-1, ~0)
print(1 << 0, 1 << 10, 5 >> 1, -5 >> 1, -1 >> 100)
print(0b1010 & 0b0110, 0b1010 | 0b0110, 0b1010 ^ 0b0110)
print(-6 & 5, -6 | 5, -6 ^ 5)
print(0x10, 0o17, 0b11, 1_000_000)
print(int("42"), int("-42"), int("  12  "), int("ff", 16), int("0x1f", 16), int("0b101", 0), int("z", 36))
print(int(3.9), int(-3.9), int(True), int("1_000"))
print(abs(-5), abs(5), abs(0))
for s in ["", "1.5", "abc", "0x", "1__0"]:
    try:
        int(s)
    except ValueError as e:
        print("ValueError", e)
try:
    1 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    1 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    1 << -1
except ValueError as e:
    print("ValueError", e)
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x %= 3; print(x)
x **= 4; print(x)
x <<= 3; print(x)
x >>= 1; print(x)
x |= 1; print(x)
x &= 6; print(x)
x ^= 15; print(x)
print(pow(3, 4), pow(3, 4, 5), pow(-3, 3, 7), pow(2, 100, 1000))
print(round(7), round(15, -1), round(25, -1), round(-15, -1))
print((17).bit_length(), (0).bit_length(), (-8).bit_length())
print(True + True, True * 10, False - 1)
