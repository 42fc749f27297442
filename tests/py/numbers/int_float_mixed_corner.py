print(1 + 0.5, 2**53 + 1.0, 10**20 * 1.0, 3 * 0.1, 7 / 2, -7 / 2, 10 / 5, type(10 / 5))
print(2**63 / 2, (2**64 + 1) / 2, (10**30 + 1) / 10**30, 1 / 3 * 3)
print(2 ** 0.5, (-8) ** (1/3) if False else 0, 4 ** -0.5, 2.0 ** 1024 if False else 0)
try:
    print(2.0 ** 1024)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
print((-8) ** 0.5, (-1.0) ** 0.5)
print(1e308 + 1e308, -1e308 * 10, 1e-320 / 1e10)
print(float(2**1023) * 2, 1.5 * 2**10, 0.1 * 3 == 0.3)
print(round(2.675, 2), round(0.1 + 0.2, 15), round(1e16 + 1.0))
print(abs(-2**63), -(-2**63), type(-(-2**63)), (-2**63) * -1)
print((2**62) * 4, (2**62) + (2**62), -(2**63) - 1, (2**63 - 1) + 1)
print(3037000500 * 3037000500, -3037000500 * 3037000500)
