# deque.extend / extendleft with maxlen, maxlen attribute, errors
from collections import deque
d = deque(maxlen=3)
d.extend(range(10)); print(d)
d.extendleft("ab"); print(d)
d.extendleft(range(10)); print(d)
print(d.maxlen, deque().maxlen)
d = deque([1, 2, 3], 2); print(d, d.maxlen)
d = deque(maxlen=0)
d.append(1); d.appendleft(2); d.extend([1, 2]); print(d, len(d))
for bad in [-1, "3", 1.5]:
    try:
        deque([], bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    deque(maxlen=3).maxlen = 4
except AttributeError as e:
    print("AttributeError")
d = deque([1, 2])
d.extend(d); print(d)
d.extendleft(d); print(d)
try:
    d.extend(5)
except TypeError as e:
    print("TypeError", e)
m = deque([1, 2, 3], maxlen=3)
m.append(4); print(m)
m.appendleft(0); print(m)
print(repr(deque([1], maxlen=5)), repr(deque(maxlen=None)))
