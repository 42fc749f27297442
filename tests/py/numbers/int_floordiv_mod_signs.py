# floor division and modulo sign rules for ints
for a in (7, -7, 0, 13, -13):
    for b in (2, -2, 5, -5):
        print(a, b, a // b, a % b, divmod(a, b) == (a // b, a % b), (a // b) * b + a % b == a)
big = 10 ** 30 + 7
print(big // 3, big % 3, -big // 3, -big % 3, big // -7, big % -7)
print((1 << 64) // (1 << 32), (1 << 64) % ((1 << 32) + 1), -(1 << 63) // -1, -(1 << 63) % -1)
for x, y in ((1, 0), (0, 0), (1 << 70, 0)):
    for op in ("//", "%"):
        try:
            eval("x %s y" % op)
        except ZeroDivisionError as e:
            print(op, "ZeroDivisionError", e)
print(7 // True, -7 % True, True // 2)
