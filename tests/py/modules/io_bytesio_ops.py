import io

b = io.BytesIO(b"abcdef")
print(b.read(2), b.read(), b.read(), b.tell())
b.seek(-2, 2)
print(b.read(), b.seek(1), b.read(1), b.seek(1, 1), b.read())
w = io.BytesIO()
print(w.write(b"xyz"), w.write(bytearray(b"12")), w.getvalue())
w.seek(10)
w.write(b"!")
print(w.getvalue())
print(w.truncate(3), w.getvalue())
r = io.BytesIO(b"a\nb\nc")
print(r.readline(), r.readlines())
try:
    io.BytesIO().write("str")
except TypeError as e:
    print("TypeError", e)
try:
    io.BytesIO("str")
except TypeError as e:
    print("TypeError", e)
r.close()
try:
    r.read()
except ValueError as e:
    print("ValueError", e)
bb = bytearray(4)
n = io.BytesIO(b"hi").readinto(bb)
print(n, bb)
try:
    io.BytesIO().seek(-1)
except ValueError as e:
    print("ValueError", e)
