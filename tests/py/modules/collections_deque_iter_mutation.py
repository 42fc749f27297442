# deque: mutation during iteration, reversed iterator, bool/len after ops, equality with maxlen
from collections import deque
d = deque([1, 2, 3])
it = iter(d)
print(next(it))
d.append(4)
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e)
d = deque("abc")
r = reversed(d)
print(next(r))
d.appendleft("z")
try:
    list(r)
except RuntimeError as e:
    print("RuntimeError", e)
d = deque(range(3))
it = iter(d)
d[0] = 99
print(list(it))
d = deque([1, 2], maxlen=2)
print(d == deque([1, 2]), d == deque([1, 2], maxlen=5), d != deque([2, 1]))
e = deque()
print(len(e), bool(e), list(reversed(e)), e == deque(), repr(e))
d = deque([[1], [2]])
c = d.copy()
c[0].append(9)
print(d, c, d is not c)
d2 = deque([1, 2, 3])
for x in list(d2):
    d2.rotate(1)
print(d2)
print(deque(iter([1, 2, 3]), 2), deque("hello", maxlen=3), deque(range(5))[2])
