# mixed int/float arithmetic, true division and power
print(7 / 2, -7 / 2, 1 / 3, 10**20 / 10**10, (10**30 + 1) / 10**30, 2**1000 / 2**999)
print(3 + 0.5, 3 - 0.5, 3 * 0.5, 3 // 0.5, 3 % 0.7, 2 ** 0.5, 2.0 ** 3, 4 ** -0.5, (-8) ** 2.0)
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-7, 2.5))
print(pow(2, 3), pow(2.0, 3), pow(2, -2), pow(-2, 3), pow(5, 0), pow(0, 0), pow(2, 0.5))
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, 1e16 + 1, 2**53 + 1.0, float(2**53 + 1))
print(abs(-3), abs(-3.5), abs(2**70 * -1), abs(-0.0), abs(3 - 4j))
try:
    10**400 / 1.0
except OverflowError as e:
    print("OverflowError", e)
try:
    10**400 + 1.0
except OverflowError as e:
    print("OverflowError", e)
try:
    2**10000 / 3
except OverflowError as e:
    print("OverflowError", e)
print(2**10000 // 3**6000 > 0, (2**10000) / (2**9999))
try:
    1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    1 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    1 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    "a" + 1
except TypeError as e:
    print("TypeError", e)
try:
    1 + "a"
except TypeError as e:
    print("TypeError", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError", e)
print((-2) ** 0.5)
x = 5
x **= 2
x //= 3
x %= 5
x <<= 10
x >>= 3
print(x)
