# set.pop, re-adding, clear and bulk removal follow CPython's table order.
s = set(range(11))
print([s.pop() for _ in range(4)], s)
s.add(2)
s.add(100)
print(s, s.pop(), s)
s.clear()
s.update([40, 8, 72, 3])
print(s, s.pop(), s)

big = set(range(0, 3000, 7))
big.difference_update(range(0, 3000, 3))
print(len(big), list(big)[:20])
big -= set(range(0, 3000, 2))
print(len(big), list(big)[:20])
print([big.pop() for _ in range(10)])
for i in range(0, 600, 13):
    big.add(i)
print(list(big)[:30])

t = set()
for i in range(200):
    t.add(i * 37 % 101)
    if i % 3 == 0:
        t.discard(i * 11 % 101)
print(list(t))
u = frozenset(t)
print(list(u) == list(t), list(u.copy()) == list(u), sorted(u) == sorted(t))
print(set(frozenset([64, 0, 32, 128, 1])), {64, 0, 32, 128, 1}, {x for x in (64, 0, 32, 128, 1)})
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
