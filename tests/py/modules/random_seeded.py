# random: only implementation-independent properties are printed
import random
random.seed(12345)
vals = [random.random() for _ in range(200)]
print(all(0.0 <= v < 1.0 for v in vals), len(set(vals)) > 190)
ints = [random.randint(1, 6) for _ in range(500)]
print(min(ints) >= 1, max(ints) <= 6, sorted(set(ints)) == [1, 2, 3, 4, 5, 6])
r = [random.randrange(10) for _ in range(300)]
print(all(0 <= v < 10 for v in r), all(isinstance(v, int) for v in r))
print(all(v % 2 == 0 for v in (random.randrange(0, 20, 2) for _ in range(100))))
print(random.choice([7]), random.choice("aaa"))
u = [random.uniform(2.0, 3.0) for _ in range(100)]
print(all(2.0 <= v <= 3.0 for v in u))
random.seed(99)
a = [random.random() for _ in range(5)]
random.seed(99)
b = [random.random() for _ in range(5)]
print(a == b)
print(0 <= random.getrandbits(8) < 256)
