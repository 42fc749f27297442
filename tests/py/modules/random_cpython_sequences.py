# random: seeded sequences equal CPython's (Mersenne Twister, CPython's seeding and algorithms).
import random
for s in (0, 1, 42, -7, 2**100 + 3, 3.5, "hello", b"abc", bytearray(b"xy")):
    random.seed(s)
    print(s, random.random(), random.getrandbits(5), random.getrandbits(70), random.randrange(10), random.randint(-5, 5))
random.seed(12345)
x = list(range(20)); random.shuffle(x); print(x)
print(random.choice("abcdef"), random.sample(range(100), 7), random.sample(range(10), 10), random.sample("abcdefgh", 3))
print(random.sample(range(10**6), 5), random.sample(["a", "b", "c"], 2, counts=[3, 1, 2]))
print(random.choices("abc", k=5), random.choices("abc", weights=[1, 0, 5], k=5), random.choices("abc", cum_weights=[1, 2, 10], k=4))
print(random.uniform(1, 3), random.triangular(0, 10, 3), random.gauss(0, 1), random.gauss(0, 1), random.normalvariate(5, 2))
print(random.expovariate(2), random.lognormvariate(0, 1), random.vonmisesvariate(1, 2), random.gammavariate(2.5, 1), random.gammavariate(0.5, 2), random.betavariate(2, 3))
print(random.paretovariate(3), random.weibullvariate(1, 2), random.randbytes(5), random.randrange(0, 100, 7), random.randrange(100, 0, -3))
st = random.getstate(); a = random.random(); random.setstate(st); print(a == random.random(), len(st), st[0], len(st[1]))
r = random.Random(99); print(r.random(), r.randint(1, 6), type(r).__name__, isinstance(r, random.Random))
class My(random.Random):
    pass
m = My(5); print(m.random(), m.choice([1, 2, 3]))
random.seed(2024)
print([random.randint(1, 6) for _ in range(20)])
for bad in ([1], {1: 2}):
    try:
        random.seed(bad)
    except TypeError as e:
        print("TypeError", e)
for f, a in ((random.randrange, (0,)), (random.randrange, (5, 5)), (random.randrange, (0, 10, 0)), (random.choice, ([],)), (random.sample, ({1, 2}, 1)), (random.sample, ([1], 2)), (random.getrandbits, (-1,))):
    try:
        f(*a)
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
