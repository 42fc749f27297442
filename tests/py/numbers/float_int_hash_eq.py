for v in (0, 1, -1, 2**61 - 1, 2**61, -(2**61), 2**64, 10**30, -(10**30)):
    print(v, hash(v) == hash(float(v)) if v < 2**1000 else "-", hash(v) == hash(complex(v)))
print(hash(0.5) == hash(0.5), hash(-1) == -2, hash(-1.0), hash(float("inf")), hash(float("-inf")))
print(hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(10**30), hash(1.5), hash(-2.25))
d = {1: "a", 2.0: "b", 10**30: "c"}
print(d[1.0], d[2], d[float(10**30)] if float(10**30) == 10**30 else "neq", 2 in d, 1+0j in d)
print(len({1, 1.0, True, 1+0j}), len({0.1, 1/10}), len({2**64, float(2**64)}))
