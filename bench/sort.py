# list sorting with a deterministic pseudo-random generator
def lcg(seed, n):
    out = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        out.append(x)
    return out

data = lcg(42, 200_000)
a = sorted(data)
b = sorted(data, key=lambda v: -v)
c = sorted((v % 1000, v) for v in data[:50_000])
print(a[0], a[-1], b[0], a[100_000], c[0], c[-1])
