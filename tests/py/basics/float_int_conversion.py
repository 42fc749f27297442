# conversions between int and float, exactness, truncation
for v in [0.0, 0.9, -0.9, 1.5, -1.5, 1e15, 1e16 + 1, 2.0 ** 53, 2.0 ** 63, 2.0 ** 64, -2.0 ** 70, 123456789.987]:
    print(repr(v), int(v), float(int(v)) == v, round(v))
for n in [0, 1, -1, 2 ** 53, 2 ** 53 + 1, 2 ** 63, 10 ** 20, -(10 ** 22), 3 ** 40]:
    print(n, float(n), int(float(n)) == n)
print(7 / 7, 2 ** 0.5 * 2 ** 0.5, int(2 ** 0.5 * 2 ** 0.5), 1e0, int("7") / 2, float("7") // 2)
print((10 ** 16) / 3, (10 ** 16) // 3, 10 ** 16 / 10 ** 8, 2 ** 70 / 2 ** 60)
