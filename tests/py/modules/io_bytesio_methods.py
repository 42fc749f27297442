# BytesIO read/read1/readinto/readline/readlines/getbuffer/seek/truncate/write
import io
b = io.BytesIO(b"first\nsecond\nthird")
print(b.read(3), b.read1(2), b.readline(), b.readline(3), b.readlines())
b.seek(0)
buf = bytearray(4)
print(b.readinto(buf), buf, b.tell())
b.seek(-2, 2); print(b.read(), b.read(), b.tell())
b.seek(0); print(list(b))
w = io.BytesIO()
print(w.write(b"abc"), w.write(bytearray(b"de")), w.write(memoryview(b"f")))
print(w.getvalue(), w.tell())
w.seek(1); w.write(b"ZZ"); print(w.getvalue())
w.seek(10); w.write(b"!"); print(w.getvalue())
print(w.truncate(4), w.getvalue(), w.tell())
w.writelines([b"x", b"y"]); print(w.getvalue())
try:
    w.write("str")
except TypeError as e:
    print("TypeError", e)
try:
    w.seek(-1)
except ValueError as e:
    print("ValueError", e)
print(bytes(w.getbuffer()), len(w.getbuffer()))
e = io.BytesIO()
print(e.read(), e.readline(), e.readlines(), e.getvalue(), e.seek(0, 2))
print(io.BytesIO(b"ab\ncd").readlines(1))
