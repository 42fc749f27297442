def t(l, s, v):
    l = list(l)
    try:
        l[s] = v
        print(l)
    except Exception as e:
        print(type(e).__name__, e)
base = list(range(8))
t(base, slice(2, 4), [])
t(base, slice(2, 4), ['a', 'b', 'c', 'd'])
t(base, slice(2, 2), 'xyz')
t(base, slice(5, 2), 'q')
t(base, slice(None), ())
t(base, slice(-2, None), range(3))
t(base, slice(100, 200), [1])
t(base, slice(-100, 1), [1, 2])
t(base, slice(None, None, 2), 'abcd')
t(base, slice(None, None, -2), 'abcd')
t(base, slice(1, None, 3), 'xyz')
t(base, slice(None, None, 2), 'ab')
t(base, slice(None, None, -1), 'abcdefgh')
t(base, slice(0, 3, 1), [9])
t(base, slice(0, 3, 2), 5)
t(base, slice(0, 3), 5)
t(base, slice(0, 0, 3), [])
t(base, slice(6, 2, -2), (0, 1))
t(base, slice(None, None, 0), [])
t(base, slice(2, 5), (x for x in 'gen'))
t(base, slice(1, 3), {9: 1})
l = [1, 2, 3]
l[:] = l
print(l)
l[1:1] = l
print(l)
l[::-1] = l
print(l)
l[::2] = [9] * len(l[::2])
print(l)
d = list(range(10))
for s in [slice(2, 5), slice(None, None, 2), slice(None, None, -3), slice(8, 1, -2),
          slice(-3, None), slice(5, 2), slice(100, None), slice(None, None, -1), slice(1, 9, 4)]:
    x = list(d)
    del x[s]
    print(s, x)
x = list(d)
del x[5]; del x[-1]; print(x)
try:
    del x[20]
except IndexError as e:
    print(e)
try:
    x[20] = 1
except IndexError as e:
    print(e)
try:
    del x[::0]
except ValueError as e:
    print(e)
x[-1] = 'end'; print(x)
