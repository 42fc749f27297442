s = "0123456789"
for sl in [slice(None, None, 2), slice(None, None, -1), slice(1, 8, 3), slice(8, 1, -3), slice(-3, None), slice(None, -3),
           slice(-1, -11, -1), slice(100, None, -1), slice(None, None, 100), slice(5, 5), slice(7, 2), slice(-100, 100)]:
    print(sl, repr(s[sl]))
u = "héllo wörld 日本語"
print(u[::-1], u[1::2], u[-3:], u[::3], u[5:-4:-1], repr(u[20:]))
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
for bad in ["1", 1.0]:
    try:
        s[bad:]
    except TypeError as e:
        print(type(e).__name__, e)
print(s[True:], s[None:None:None])
