vals = [0, 1, -1, 2**63 - 1, 2**63, -(2**63), -(2**63) - 1, 10**30, 0.5, -0.5, 1.0, 9.223372036854776e18, True, False, 1+0j]
for a in vals[:12]:
    print(a, [a < b for b in vals[:12]].count(True), [a == b for b in vals].count(True))
print(1 == 1.0 == True == (1+0j), 0 == -0.0 == False == 0j)
try:
    1j < 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 < "1"
except TypeError as e:
    print(type(e).__name__, e)
try:
    1.5 >= None
except TypeError as e:
    print(type(e).__name__, e)
print(1 == "1", 1.0 != None, (1, 2.0) == (1.0, 2), [1, 2] < [1, 2.5], (10**30,) > (1e29,))
