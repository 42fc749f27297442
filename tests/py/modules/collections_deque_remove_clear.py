# deque.remove, clear, del, copy, reverse
from collections import deque
d = deque([1, 2, 3, 2, 1])
d.remove(2); print(d)
d.remove(1); print(d)
try:
    d.remove(42)
except ValueError as e:
    print("ValueError", e)
del d[0]; print(d)
del d[-1]; print(d)
try:
    del d[5]
except IndexError as e:
    print("IndexError", e)
d = deque(range(5))
c = d.copy(); c.append(9)
print(d, c, type(c).__name__)
d.reverse(); print(d)
d.clear(); print(d, len(d))
try:
    d.pop()
except IndexError as e:
    print("IndexError", e)
try:
    d.popleft()
except IndexError as e:
    print("IndexError", e)
d = deque([1, 2, 3], maxlen=5)
c = d.copy(); print(c, c.maxlen)
import copy
print(copy.copy(d), copy.deepcopy(deque([[1], [2]])))
