# bytearray item and slice assignment / deletion
x = bytearray(b"hello world")
x[0] = 72; x[-1] = 68
print(x)
x[2:4] = b"hello"
print(x)
del x[7:]
print(x)
x[1:1] = b"__"
print(x)
x[:] = bytearray(b"0123456789")
print(x)
x[::2] = b"abcde"
print(x)
x[::-3] = [1, 2, 3, 4]
print(x)
del x[::3]
print(x)
del x[1]
del x[-1]
print(x)
x[1:3] = []
print(x)
x[0:0] = (65, 66)
print(x)
x[2:] = memoryview(b"mv")
print(x)
x[:] = x
print(x)
x[5:2] = b"Z"
print(x)
del x[:]
print(x)
y = bytearray(range(10))
del y[1:8:2]
print(y)
y[-2:] = b""
print(y)
for bad in ["y.__setitem__(slice(None, None, 2), b'a')", "y.__setitem__(0, 256)", "y.__setitem__(0, 'a')", "y.__setitem__(slice(0, 1), 5)",
            "y.__setitem__(slice(0, 1), 'ab')", "y.__setitem__(99, 1)", "y.__delitem__(99)", "y.__setitem__(slice(0, 1), [300])", "y.__setitem__('a', 1)"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
z = bytearray(b"abc")
z[1] = True
print(z)
