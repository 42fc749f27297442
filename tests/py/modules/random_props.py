# random: only implementation-independent properties
import random
random.seed(42)
a = [random.random() for _ in range(50)]
random.seed(42)
b = [random.random() for _ in range(50)]
print(a == b, all(0 <= x < 1 for x in a), len(set(a)) == 50)
r = random.Random(7)
r2 = random.Random(7)
print([r.randint(0, 100) for _ in range(20)] == [r2.randint(0, 100) for _ in range(20)])
print(all(1 <= random.randint(1, 3) <= 3 for _ in range(200)), {random.randint(1, 3) for _ in range(300)} == {1, 2, 3})
print(all(random.randrange(5, 50, 5) % 5 == 0 for _ in range(100)), all(-10 < random.randrange(-10, 0) < 0 or random.randrange(-10, 0) == -10 for _ in range(50)))
print(all(0 <= random.getrandbits(16) < 65536 for _ in range(100)), random.getrandbits(0), random.getrandbits(100) < 2 ** 100)
print(random.choice(["only"]), random.choice("abc") in "abc")
l = list(range(20))
random.shuffle(l)
print(sorted(l) == list(range(20)), len(l))
s = random.sample(range(100), 10)
print(len(s), len(set(s)), all(0 <= x < 100 for x in s), sorted(random.sample("abc", 3)))
print(all(1.5 <= random.uniform(1.5, 2.5) <= 2.5 for _ in range(100)))
c = random.choices("ab", weights=[0, 1], k=5)
print(c, len(random.choices(range(3), k=7)))
for bad in [lambda: random.randrange(0), lambda: random.randint(5, 1), lambda: random.sample([1], 2)]:
    try:
        bad()
    except ValueError:
        print("ValueError")
try:
    random.choice([])
except IndexError as e:
    print("IndexError", e)
random.seed("text seed")
x = random.random()
random.seed("text seed")
print(x == random.random())
st = random.getstate()
y = random.random()
random.setstate(st)
print(y == random.random())
