# deque: bounded queues, extend, iteration
from collections import deque
d = deque(maxlen=3)
for i in range(6):
    d.append(i)
    print(list(d))
d2 = deque([1, 2, 3])
d2.extend([4, 5])
d2.appendleft(0)
print(list(d2), len(d2), d2[0], d2[-1], 3 in d2)
while d2:
    print(d2.popleft(), end=" ")
print()
q = deque()
q.append("a")
q.append("b")
q.appendleft("z")
print(list(q), q.pop(), q.popleft(), list(q), bool(q), bool(deque()))
try:
    deque().popleft()
except IndexError:
    print("IndexError empty")
from collections import OrderedDict
od = OrderedDict([("b", 1), ("a", 2)])
od["c"] = 3
del od["b"]
od["b"] = 4
print(list(od.items()), od == OrderedDict([("a", 2), ("c", 3), ("b", 4)]))
