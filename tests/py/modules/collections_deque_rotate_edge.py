# deque.rotate with negative, large and zero steps
from collections import deque
for n in [0, 1, -1, 3, -3, 7, -7, 100, -101]:
    d = deque(range(5))
    d.rotate(n)
    print(n, list(d))
d = deque()
d.rotate(5); print(d)
d = deque([1])
d.rotate(-3); print(d)
d = deque(range(4))
d.rotate(); print(d)
try:
    d.rotate("x")
except TypeError as e:
    print("TypeError", e)
try:
    d.rotate(1, 2)
except TypeError as e:
    print("TypeError", e)
d = deque(range(6), maxlen=6)
d.rotate(2); print(d)
