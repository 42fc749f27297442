# formatting a numeric table with various specifiers
rows = [(1, 0.5, -3), (22, 12.345, 40), (333, -0.001, 0), (4444, 1e6, -12345)]
for i, f, n in rows:
    print("|%5d|%9.3f|%+7d|%-8.2e|" % (i, f, n, f))
for i, f, n in rows:
    print("|{:<5}|{:>9.2f}|{:^+7}|{:08.3f}|{:x}|".format(i, f, n, f, i))
for i, f, n in rows:
    print(f"|{i:05}|{f:>10.4g}|{n:>6,}|{f:.1%}|")
print("{:>10}".format("%.2f" % 3.14159), "{:*<10.3}".format("abcdef"))
for v in [0, 1, -1, 1.5, -1.5, 1e-10, 1e10, 123456789]:
    print("%g %G %.3g" % (v, v, v), "{:g} {:.2e}".format(v, v))
