# float -> str -> float round trip and formatting of extremes
import random
rng = random.Random(12345)
ok = True
for i in range(2000):
    x = rng.random() * 10 ** rng.randint(-30, 30)
    if float(repr(x)) != x:
        ok = False
        print("mismatch", x)
print(ok)
for x in (1e-7, 1.5e-7, 0.00001, 123456789.0, 1e15, 1e16, 12345678901234567890.0, 2 ** -1074, 2.0 ** 1023):
    print(repr(x), str(x), float(str(x)) == x)
print(str(-1e-7), str(-0.0001), repr(1.0e-4), 1e-4 == 0.0001)
print(0.1 + 0.7, 1.1 * 3, 2.675 * 100, 1 - 0.9, 1e23, 8.41e21, 5e-324 / 2)
