# program: big-number computations (digit sums, large powers, pi digits by spigot)
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
print(sum(int(d) for d in str(fact(100))), len(str(fact(100))), str(fact(50))[-15:])
print(sum(int(d) for d in str(2 ** 1000)), len(str(7 ** 500)))
a, b = 0, 1
idx = 1
while len(str(b)) < 100:
    a, b = b, a + b
    idx += 1
print(idx, str(b)[:10])
def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, t, k, m, x = 10 * q, 10 * (r - m * t), t, k, (10 * (3 * q + r)) // t - 10 * m, x
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return "".join(map(str, out))
print(pi_digits(60))
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
print(isqrt(2 * 10 ** 60), isqrt(10 ** 40), isqrt(99))
print(pow(3, 10 ** 5, 10 ** 9 + 7), (2 ** 127 - 1) % 1000000007, (10 ** 30 + 7) * (10 ** 30 - 7))
