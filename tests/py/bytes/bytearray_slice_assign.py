ba = bytearray(b"0123456789")
ba[2:5] = b"ab"
print(ba)
ba[::2] = b"XXXXX"
print(ba)
ba[1:3] = bytearray(b"")
print(ba)
ba[:0] = b"<<"
print(ba)
ba[len(ba):] = [33, 34]
print(ba)
ba[::-3] = b"abcd"
print(ba)
ba[-2:] = memoryview(b"ZZZ")
print(ba)
ba[5:2] = b"mid"
print(ba)
x = bytearray(b"abcdef")
x[1:4] = x
print(x)
for val in [b"toolong", b"ab", "str", 5, [256], [1, "a"]]:
    y = bytearray(b"abcdef")
    try:
        y[::2] = val
        print(y)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
y = bytearray(b"abc")
y[1:2] = range(65, 70)
print(y)
