# arithmetic around small-int / machine-word boundaries
bounds = [2 ** 29, 2 ** 30, 2 ** 31, 2 ** 32, 2 ** 62, 2 ** 63, 2 ** 64]
for b in bounds:
    for v in (b - 1, b, -b, -b - 1):
        print(v, v + 1, v - 1, v * 2, v * -3, v // 7, v % 7, -v, abs(v), v >> 3, v << 3)
x = 2 ** 62
y = x + x
print(y, y - x == x, y // x, y * y)
print((2 ** 63 - 1) * (2 ** 63 - 1))
print(-(2 ** 63) // -1, -(2 ** 63) * -1)
print(sum([2 ** 62] * 8), 2 ** 62 * 8 == sum([2 ** 62] * 8))
m = 1
for i in range(80):
    m *= 2
    if i % 16 == 15:
        print(i, m, m - 1, -m + 1)
print(2 ** 64 // 3, 2 ** 64 % 3, -(2 ** 64) // 3, -(2 ** 64) % 3)
print(divmod(2 ** 70 + 5, 2 ** 35), divmod(-(2 ** 70), 12345))
print((2 ** 64) == (2 ** 64), (2 ** 64) < (2 ** 64 + 1), (2 ** 64) > (2 ** 63), hash(2 ** 64) == hash(2 ** 64))
print(int(2 ** 53 + 1.0), 2 ** 53 + 1 == float(2 ** 53 + 1))
print(3 ** 40, 3 ** 40 // 3 ** 20, 7 ** 25 % 1000000007)
