from collections import deque

d = deque(range(5), maxlen=3)
print(d, d.maxlen, len(d))
d.append(9); print(d)
d.appendleft(-1); print(d)
d.extend([7, 8]); print(d)
d.extendleft([1, 2]); print(d)
print(deque(maxlen=0), deque([1, 2], 0))
z = deque(maxlen=0); z.append(1); print(z)
print(deque().maxlen)
try:
    deque([], -1)
except ValueError as e:
    print("ValueError", e)
try:
    deque([], "x")
except TypeError as e:
    print("TypeError", e)
try:
    d.maxlen = 5
except AttributeError as e:
    print("AttributeError")
print(deque([1, 2, 3], maxlen=2) == deque([2, 3]))
e = deque([1, 2, 3], 3)
e.insert(0, 5) if False else None
try:
    e.insert(1, 5)
except IndexError as ex:
    print("IndexError", ex)
print(deque("abc", 5).copy(), deque("abc", 5).copy().maxlen)
