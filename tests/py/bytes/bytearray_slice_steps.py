# bytearray slice assignment and deletion with steps
b = bytearray(range(10))
b[::2] = b"abcde"
print(b)
b[1::3] = [1, 2, 3]
print(b)
b[::-1] = bytes(range(10))
print(b)
del b[::3]
print(b)
del b[::-2]
print(b)
b = bytearray(b"0123456789")
b[2:5] = b""
print(b)
b[1:1] = b"XYZ"
print(b)
b[-2:] = memoryview(b"!!!!")
print(b)
b[:] = b
print(b)
b[3:6] = b[::-1]
print(b, len(b))
def t(f):
    try:
        f()
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)
b = bytearray(b"abcdef")
t(lambda: b.__setitem__(slice(None, None, 2), b"xy"))
t(lambda: b.__setitem__(slice(None, None, 2), [1, 2, 300]))
t(lambda: b.__setitem__(slice(None, None, 2), "abc"))
t(lambda: b.__setitem__(slice(0, 2), 5))
t(lambda: b.__setitem__(slice(0, 2), [1, "a"]))
t(lambda: b.__setitem__(0, 256))
t(lambda: b.__setitem__(0, b"a"))
t(lambda: b.__setitem__(10, 1))
t(lambda: b.__setitem__(slice(None, None, 0), b""))
t(lambda: b.__delitem__(slice(None, None, 0)))
t(lambda: b.__delitem__(10))
print(b)
b[::2] = bytearray(b"XYZ")
b[-1:-7:-2] = (7, 8, 9)
print(b)
