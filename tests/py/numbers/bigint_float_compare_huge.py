inf = float("inf")
big = 10**400
print(big < inf, big > -inf, -big > -inf, big == inf, big != inf)
print(2**53 + 1 == 2.0**53, 2**53 + 1 > 2.0**53, 2**53 == 2.0**53)
print(2**1024 > 1.7976931348623157e308, 2**1023 == 2.0**1023, 2**1023 + 1 > 2.0**1023)
print(10**20 == 1e20, 10**22 == 1e22, 10**23 == 1e23, 10**23 > 1e23)
print(-(2**64) < -1.8446744073709552e19 + 1, -(2**64) == -1.8446744073709552e19)
nan = float("nan")
print(big == nan, big < nan, big > nan)
print(sorted([1e300, 10**301, -inf, 10**299, inf]))
print(max(10**400, 1e308) == 10**400, min(-(10**400), -1e308) == -(10**400))
print(0.5 < 1, 0.5 > 0, -0.5 < 0, 2**63 > 9.2e18, 2**63 == 9223372036854775808.0)
print((2**63 - 1) == 9223372036854775807.0, (2**63 - 1) < 9223372036854775808.0)
try:
    float(big)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    big / 1
except OverflowError as e:
    print(type(e).__name__, e)
try:
    big + 1.0
except OverflowError as e:
    print(type(e).__name__, e)
print(big / big, 10**400 // 10**398 * 1.0)
