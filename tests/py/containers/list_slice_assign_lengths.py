# list slice assignment: extended slices need equal lengths, simple slices resize
a = list(range(10))
a[::3] = "wxyz"
print(a)
a[1::2] = range(5)
print(a)
a[::-1] = a
print(a)
a[2:2] = (7, 7)
print(a)
a[5:2] = ["x"]
print(a)
a[-3:] = []
print(a)
a[:0] = iter([8, 9])
print(a)
def t(f):
    try:
        f()
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)
b = [0, 1, 2, 3, 4]
t(lambda: b.__setitem__(slice(None, None, 2), [1, 2]))
t(lambda: b.__setitem__(slice(None, None, -1), [1]))
t(lambda: b.__setitem__(slice(0, 2), 5))
t(lambda: b.__setitem__(slice(None, None, 2), 5))
t(lambda: b.__setitem__(slice(None, None, 0), []))
t(lambda: b.__delitem__(slice(None, None, 0)))
t(lambda: b.__setitem__(slice(0, 5, 5), ["only"]))
print(b)
del b[::2]
print(b)
c = list(range(10))
del c[8:1:-3]
print(c)
del c[::-1]
print(c)
d = [1, 2, 3]
d[1:] = d
print(d)
d[len(d):] = "ab"
print(d)
d[::1] = (1,)
print(d)
