# str <-> int conversions for large values and formatting widths
for n in [0, 7, -7, 10 ** 9, -10 ** 9, 2 ** 63, -(2 ** 63), 10 ** 50 + 1]:
    s = str(n)
    print(s, len(s), int(s) == n, repr(n) == s, format(n, ","), format(n, "_") if n >= 0 else format(n, ","))
print(int("0" * 30 + "1"), int("-" + "9" * 40) + 1, str(10 ** 100)[:20], len(str(3 ** 1000)))
print("{:>30}".format(2 ** 90), "{:<30}|".format(-(2 ** 90)), "{:^30}".format(10 ** 20))
print("{:x}".format(2 ** 100), "{:o}".format(2 ** 64), "{:b}".format(2 ** 70 + 1))
print("%d" % (2 ** 80), "%x" % (2 ** 80), "%s" % (-(2 ** 80)))
print(hex(-(2 ** 65)), oct(-(2 ** 65)), bin(-(2 ** 65)))
digits = "".join(str(i % 10) for i in range(100))
print(int(digits) % 1000007, int(digits[::-1]) // 10 ** 90)
