# reverse, copy, clear, reversed iterator behaviour
l = [1, 2, 3, 4]
l.reverse()
print(l)
c = l.copy()
c.append(9)
print(l, c)
e = []
e.reverse()
print(e)
it = reversed(l)
print(next(it))
l.append(0)
print(list(it))
it = reversed([1, 2, 3])
print(next(it))
l2 = [1, 2, 3]
it2 = reversed(l2)
next(it2)
l2.clear()
print(list(it2))
nested = [[1], [2]]
cp = nested.copy()
cp[0].append(5)
print(nested)
import copy
print(copy.copy([1, 2]) == [1, 2])
l = [1, 2, 3]
l.clear()
print(l, len(l))
print(reversed([]).__length_hint__() if hasattr(reversed([]), "__length_hint__") else 0)
