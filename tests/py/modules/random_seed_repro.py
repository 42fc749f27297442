import random

random.seed(99)
a = [random.random() for _ in range(5)] + [random.randint(0, 1000) for _ in range(5)]
random.seed(99)
b = [random.random() for _ in range(5)] + [random.randint(0, 1000) for _ in range(5)]
print(a == b)
random.seed("text")
x = random.random()
random.seed("text")
print(x == random.random())
st = random.getstate()
y = [random.random() for _ in range(3)]
random.setstate(st)
print(y == [random.random() for _ in range(3)])
lst = list(range(20))
random.shuffle(lst)
print(sorted(lst) == list(range(20)), len(lst))
s = random.sample(range(100), 10)
print(len(s), len(set(s)), all(0 <= v < 100 for v in s))
print(random.sample([], 0), random.sample("abc", 3) != None, sorted(random.sample("abc", 3)))
c = random.choices("ab", k=10)
print(len(c), set(c) <= {"a", "b"}, random.choices([1, 2], weights=[0, 1], k=3))
print(random.choices(["x"], cum_weights=[1], k=2))
r = random.Random(5)
r2 = random.Random(5)
print(r.random() == r2.random(), r.randint(1, 9) == r2.randint(1, 9))
