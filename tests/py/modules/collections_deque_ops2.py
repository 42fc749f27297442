from collections import deque

a = deque([1, 2]); b = deque([3])
print(a + b, a * 2, 2 * b)
a += [9]; print(a)
a *= 2; print(a)
print(deque([1, 2]) < deque([1, 3]), deque([1]) == deque([1]), deque([1]) == [1])
print(3 in b, 4 in b, list(reversed(deque("abc"))))
print(repr(deque()), repr(deque([deque([1])])))
try:
    deque([1])[0:1]
except TypeError as e:
    print("TypeError", e)
try:
    deque([1]) + [2]
except TypeError as e:
    print("TypeError", e)
d = deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    hash(deque())
except TypeError as e:
    print("TypeError")
