# big int arithmetic edge cases
a = 2**100
b = -(3**70)
print(a + b, a - b, a * b, a // b, a % b, b // a, b % a)
print(divmod(a, b), divmod(b, a), divmod(-a, -b))
for x in [7, -7, 2**64 + 1, -(2**64 + 1)]:
    for y in [3, -3, 2**65, -(2**65)]:
        print(x // y, x % y, divmod(x, y) == (x // y, x % y))
print(2**63, -(2**63), 2**63 - 1, -(2**63) - 1)
m = -(2**63)
print(m // -1, m % -1, m * -1, -m, abs(m))
print(2**1000 % 997, pow(3, 200, 1000), pow(2, -1, 7), pow(3, 10**20, 10**9 + 7))
print(10**50 // 7**20, 10**50 / 7**20, 1 / 3**40)
print(1 << 100, (1 << 100) >> 99, -1 >> 200, (-(2**100)) >> 3, 5 >> 100)
print(2**64 & 2**64 + 1, 2**64 | 1, (2**64) ^ (2**64 - 1), ~(2**70), -(2**70) & 0xff)
print(0 ** 0, 2 ** -1, (-2) ** -2, 10 ** 20 == 100000000000000000000)
try:
    1 << -1
except ValueError as e:
    print("ValueError", e)
try:
    (2**100) // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    (2**100) % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError", e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError", e)
print(hash(2**61 - 1), hash(2**61), hash(-(2**64)), hash(2**100) == hash(2**100))
x = 12345678901234567890123456789
print(str(x), repr(-x), x.bit_length(), (-x).bit_length(), x.bit_count())
print(x == x * 1, x < x + 1, -x < 0, x > 2.0**90, x == float(x))
print(round(x, -10), round(-x, -5), round(15, -1), round(25, -1), round(7, 2))
