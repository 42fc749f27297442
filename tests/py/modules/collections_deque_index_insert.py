# deque.index with start/stop, insert at various positions, errors
from collections import deque
d = deque("abcabc")
print(d.index("b"), d.index("b", 2), d.index("c", 0, 3), d.index("a", -3))
for args in [("z",), ("a", 1, 3), ("b", 5), ("a", 10)]:
    try:
        print(d.index(*args))
    except ValueError as e:
        print("ValueError", e)
try:
    d.index()
except TypeError as e:
    print("TypeError", e)
d = deque([1, 2, 3])
d.insert(0, "a"); print(d)
d.insert(100, "z"); print(d)
d.insert(-1, "m"); print(d)
d.insert(-100, "first"); print(d)
d.insert(2, "mid"); print(d)
m = deque([1, 2], maxlen=2)
try:
    m.insert(0, 0)
except IndexError as e:
    print("IndexError", e)
try:
    d.insert("x", 1)
except TypeError as e:
    print("TypeError", e)
try:
    d.insert(1)
except TypeError as e:
    print("TypeError", e)
print(d.count("a"), d.count(99), deque([1, 1.0, True]).count(1))
