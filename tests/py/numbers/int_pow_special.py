# huge exponents with bases 0, 1 and -1 stay small
i = 1 << 65
print(0 ** i, 1 ** i, (-1) ** i, (-1) ** (i + 1))
print(i ** 0, i ** 1, i ** 2)
print(pow(0, i), pow(1, i + 3), pow(-1, i + 3))
print((1 << 200) ** 0)
print(2 ** 100)
