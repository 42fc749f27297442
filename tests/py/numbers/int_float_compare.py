# exact int/float comparisons
big = 2**53 + 1
print(big == float(big), big > float(big), float(big) < big, 2**53 == 2.0**53)
print(10**400 > 1e308, 10**400 < float("inf"), -(10**400) > float("-inf"), 10**400 == float("inf"))
print(1 == 1.0, 1 != 1.0, 0 == -0.0, 3 < 3.5, -3 > -3.5, True == 1.0, False < 0.5)
n = float("nan")
print(n == n, n != n, n < 1, n > 1, 1 == n, 1 != n, 2**100 < n, 2**100 == n)
print(max(1, 1.0), max(1.0, 1), min(2, 2.0, 2**0), sorted([3, 1.5, 2**64, -1, 0.0]))
print(9007199254740993 == 9007199254740992.0, 9007199254740993 < 9007199254740994.0)
print((2**63) == 9.223372036854776e18, (2**63 - 1) < 9.223372036854776e18)
print(1 == 1 + 0j, 1.5 == 1.5 + 0j, 1j == 1j, (1 + 2j) != (1 + 3j))
try:
    1 < 1j
except TypeError as e:
    print("TypeError", e)
print(hash(1) == hash(1.0) == hash(1 + 0j), hash(0.5) == hash(0.5 + 0j), {1: "a", 1.0: "b"})
print(len({1, 1.0, True, 2**64, float(2**64)}))
