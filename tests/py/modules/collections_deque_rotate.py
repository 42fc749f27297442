from collections import deque

d = deque(range(6))
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.rotate(); print(d)
d.rotate(13); print(d)
d.rotate(0); print(d)
e = deque(); e.rotate(5); print(e)
d = deque("abc")
d.extendleft("xyz"); print(d)
d.extendleft(d); print(d)
d = deque([1, 2, 3, 2, 1])
print(d.index(2), d.index(2, 2), d.index(1, 1, 5), d.count(2))
try:
    d.index(9)
except ValueError as e:
    print("ValueError", e)
try:
    d.index(1, 1, 3)
except ValueError as e:
    print("ValueError", e)
d.insert(1, "a"); d.insert(-1, "b"); d.insert(100, "c"); d.insert(-100, "d"); print(d)
d.remove(2); print(d)
try:
    d.remove(42)
except ValueError as e:
    print("ValueError", e)
print(d.pop(), d.popleft(), d)
try:
    deque().pop()
except IndexError as e:
    print("IndexError", e)
try:
    deque().popleft()
except IndexError as e:
    print("IndexError", e)
d.reverse(); print(d, d[0], d[-1])
del d[1]; print(d)
d[0] = "z"; print(d)
try:
    d[10]
except IndexError as e:
    print("IndexError", e)
d.clear(); print(d, bool(d))
