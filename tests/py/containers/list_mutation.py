l = [1, 2, 3]
a = l
a += [4]
print(l, a is l)
a = a + [5]
print(l, a, a is l)
m = [[0] * 2] * 2
m[0][0] = 1
print(m)
m = [[0] * 2 for _ in range(2)]
m[0][0] = 1
print(m)
l = [1, 2, 3, 4, 5]
for x in l:
    if x % 2:
        l.remove(x)
print(l)
l = list(range(5))
it = iter(l)
next(it); l.clear(); print(list(it))
l = [1, 2, 3]
r = reversed(l)
l.pop()
print(list(r))
l = [0, 1, 2]
l[1:2] = l
print(l)
l = [1, 2, 3]
l.extend(l)
print(l)
l = [1]
l.append(l)
print(l, l[1][1][1][0], len(l[1]))
l = [1, 2]
l.insert(1, l)
print(l)
x = [3, 2, 1]
y = x[:]
y.sort()
print(x, y)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(e)
print(t)
d = [1, 2, 3, 4, 5, 6]
del d[::2]; print(d)
d *= 2; print(d)
del d[:]; print(d)
s = [5, 6]
s[len(s):] = [7]; s[:0] = [4]; print(s)
print([i for i in range(3)] + list(range(2)), [*range(2), *'ab', *(7,)])
a, b, *c = [1, 2, 3, 4]; print(a, b, c)
