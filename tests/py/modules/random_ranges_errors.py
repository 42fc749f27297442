import random

random.seed(12345)
ok = True
for _ in range(300):
    ok &= 0.0 <= random.random() < 1.0
    ok &= 3 <= random.randint(3, 7) <= 7
    ok &= random.randrange(10) in range(10)
    ok &= random.randrange(5, 50, 5) in range(5, 50, 5)
    ok &= random.randrange(10, 0, -2) in range(10, 0, -2)
    ok &= 2.0 <= random.uniform(2, 4) <= 4.0
    ok &= random.choice("abc") in "abc"
    ok &= 0 <= random.getrandbits(5) < 32
print(ok, type(random.random()).__name__, type(random.randint(1, 2)).__name__, random.getrandbits(0))
print(random.randint(5, 5), random.randrange(1, 2), random.choice([42]))
for f, a in [(random.randrange, (0,)), (random.randrange, (5, 5)), (random.randrange, (1, 10, 0)),
             (random.randint, (5, 1)), (random.choice, ([],)), (random.getrandbits, (-1,)),
             (random.sample, ([1, 2], 3)), (random.sample, ([1], -1))]:
    try:
        f(*a)
        print("no error")
    except (ValueError, IndexError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
