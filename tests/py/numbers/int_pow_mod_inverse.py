# three-argument pow: negative exponents, modular inverses, sign of modulus
for b, e, m in [(3, -1, 7), (2, -1, 9), (3, -2, 11), (10, -1, 17), (-3, -1, 7), (3, -1, -7),
                (5, 0, 1), (5, 0, -1), (0, 0, 5), (2, 100, 10**9 + 7), (2**70, 3, 2**65 + 1),
                (7, -3, 2**61 - 1), (1, -1, 1), (-2, 3, 5), (2, 3, -5), (12345678901234567890, -1, 97)]:
    try:
        print(b, e, m, pow(b, e, m))
    except ValueError as e2:
        print(b, e, m, type(e2).__name__, e2)
def t(*a):
    try:
        print(pow(*a))
    except Exception as e:
        print(type(e).__name__, e)
t(2, -1, 4)
t(6, -1, 9)
t(2, 3, 0)
t(2, -1, 0)
t(2.0, 3, 5)
t(2, 3.0, 5)
t(2, 3, 5.0)
t(2, 3, "5")
t(2, -3)
t(0, -1)
t(0.0, -1)
t(-8, 1 / 3)
t(2, 3, None)
print(pow(base=2, exp=5, mod=3))
t(True, 2, 3)
print(pow(3, -1, 7) * 3 % 7)
