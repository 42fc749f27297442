# floor division and modulo sign rules for ints and floats
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 3), (3, 7), (-3, 7), (6, 3), (-6, 3)]
for a, b in pairs:
    q, r = divmod(a, b)
    print(a, b, a // b, a % b, q * b + r == a, divmod(float(a), b), float(a) // b, float(a) % b)
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (0.3, 0.1), (1e10, 3), (-1e-10, 1)]:
    print(a, b, a // b, a % b, divmod(a, b))
print((2 ** 100) // 7, (2 ** 100) % 7, (-(2 ** 100)) // 7, (-(2 ** 100)) % 7, divmod(2 ** 100, -(2 ** 50 + 1)))
