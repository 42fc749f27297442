# deque: maxlen, both ends, rotate, indexing, repr, errors
from collections import deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft([-1, -2])
print(d, list(d), list(reversed(d)))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d[0] = 100
del d[1]
print(d, 100 in d, 5 in d, d.count(100), d.index(3))
b = deque(maxlen=3)
for i in range(6):
    b.append(i)
print(b, b.maxlen)
b.appendleft(-1)
print(b)
b.extend([10, 11])
print(b)
print(deque([1, 2], maxlen=3), deque(), deque("abc"), deque(range(3), 2))
e = deque()
for op in (e.pop, e.popleft):
    try:
        op()
    except IndexError as ex:
        print("IndexError", ex)
try:
    deque([1])[5]
except IndexError as ex:
    print("IndexError", ex)
try:
    deque(maxlen=-1)
except ValueError as ex:
    print("ValueError", ex)
q = deque([1, 2, 3])
q.remove(2)
q.insert(1, 9)
q.reverse()
print(q, q == deque([3, 9, 1]), q != deque([1]), bool(deque()), bool(q))
c = q.copy()
c.clear()
print(q, c, deque([1, 2]) + deque([3]), deque([1]) * 3)
z = deque([1, 2, 3, 4, 5])
z.rotate(7)
print(z, sum(z), max(z), sorted(z))
