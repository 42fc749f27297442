# deque comparisons, indexing, setitem, mul/iadd, bool, len, iteration order
from collections import deque
a, b = deque([1, 2, 3]), deque([1, 2, 4])
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(deque() < deque([0]), deque([1, 2]) > deque([1]), deque("ab") == deque("ab"))
print(deque([1]) == deque([1], maxlen=3), deque([1, 2]) == (1, 2))
try:
    deque([1]) < [1]
except TypeError as e:
    print("TypeError", e)
d = deque(range(5))
d[0] = "x"; d[-1] = "y"; print(d, d[2], d[-2])
for i in [5, -6]:
    try:
        d[i]
    except IndexError as e:
        print("IndexError", e)
try:
    d[7] = 1
except IndexError as e:
    print("IndexError", e)
try:
    d["a"]
except TypeError as e:
    print("TypeError", e)
print(deque([1, 2]) * 0, deque([1]) * 3, deque([1, 2], maxlen=3) * 2)
m = deque([1, 2], maxlen=3)
m += [3, 4]; print(m)
print(list(reversed(d)), [x for x in deque("xyz")])
print(5 in deque(range(10)), "q" in deque())
