a = bytearray(b"shared")
b = a
b.append(33)
print(a, a is b)
c = a[:]
c.append(63)
print(a, c)
d = bytearray(a)
d[0] = 83
print(a, d)
e = bytes(a)
a[0] = 88
print(a, e)
lst = [a, a]
a.clear()
print(lst)
f = bytearray(b"12345")
for i, x in enumerate(f):
    if i == 1:
        f.append(54)
    if i > 8:
        break
print(f)
g = bytearray(b"abc")
g.extend(g)
print(g)
g += bytes(g)
print(g)
g[::2] = g[1::2]
print(g)
