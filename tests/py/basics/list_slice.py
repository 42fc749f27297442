# slicing read, assignment and deletion
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::3], a[1::2], a[::-2], a[8:2:-2], a[-1:-4:-1])
print(a[5:2], a[100:200], a[-100:3], a[3:3], a[::100])
print(a[slice(1, 4)], a[slice(None, None, -3)])
b = a[:]
b[2:5] = ["x"]
print(b)
b = a[:]
b[2:3] = [7, 7, 7]
print(b)
b = a[:]
b[::2] = "abcde"
print(b)
b = a[:]
b[:0] = [-1]
print(b)
b = a[:]
del b[::3]
print(b)
b = a[:]
del b[2:8]
print(b)
b = a[:]
b[5:] = []
print(b)
try:
    b = a[:]
    b[::2] = [1, 2]
except ValueError as e:
    print("ValueError", e)
try:
    a[::0]
except ValueError as e:
    print("ValueError", e)
t = tuple(range(6))
print(t[1:4], t[::-1], t[::2])
s = "abcdefgh"
print(s[1:6:2], s[-2:], s[::-3], s[6:1:-1])
sl = slice(1, 10, 2)
print(sl.start, sl.stop, sl.step)
print(sl.indices(5))
print(slice(None, None, -1).indices(4))
c = list(range(5))
c[1:4] = c
print(c)
d = [1, 2, 3]
d[len(d):] = [4, 5]
print(d)
