# exact comparisons between huge ints and floats
big = 2 ** 53 + 1
print(big == float(big), big > float(big), float(big) < big, big - 1 == float(big - 1))
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308, 10 ** 400 != float("inf"))
print(2 ** 63 == 2.0 ** 63, 2 ** 63 - 1 < 2.0 ** 63, (2 ** 63 - 1) == 2.0 ** 63)
print(1 == 1.0000000000000002, 0 == -0.0, 3 < 3.5 < 4, -1 > -1.5)
print(sorted([2 ** 60 + 1, float(2 ** 60), 2 ** 60 - 1, 2.0 ** 60 + 512]))
print(max(2 ** 70, 2.0 ** 70), min(2.0 ** 70, 2 ** 70), 2 ** 70 in {2.0 ** 70}, {2 ** 70: 1}.get(2.0 ** 70))
print((1 << 1000) > float("inf"), (1 << 1000) < float("nan"), float("nan") == 1 << 1000)
print(int(1e18) == 10 ** 18, 10 ** 22 == 1e22, 10 ** 23 == 1e23)
