# pop removes arbitrary elements until empty; len/bool track changes
s = set(range(5))
seen = []
while s:
    seen.append(s.pop())
print(sorted(seen), s, len(s), bool(s))
try:
    s.pop()
except KeyError as e:
    print("KeyError", e)
t = {1, 2, 3}
t.clear()
t.add(4)
print(t, len(t))
u = set()
for i in range(100):
    u.add(i % 10)
print(len(u), sorted(u))
for i in range(0, 10, 2):
    u.discard(i)
print(sorted(u), len(u))
u.update(range(10, 13))
print(len(u), 11 in u, 4 in u)
fs = frozenset(u)
print(len(fs), fs == u, sorted(fs - {1, 3}))
