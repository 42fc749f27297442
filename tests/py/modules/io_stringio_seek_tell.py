# StringIO seek/tell/truncate/getvalue interplay
import io
s = io.StringIO("hello world")
print(s.tell(), s.read(5), s.tell())
print(s.seek(0), s.read(), s.tell())
print(s.seek(6), s.read(3))
print(s.seek(0, 2), s.tell(), repr(s.read()))
s.seek(20); s.write("X")
print(repr(s.getvalue()))
s = io.StringIO("abcdef")
print(s.truncate(3), repr(s.getvalue()), s.tell())
s.seek(1); print(s.truncate(), repr(s.getvalue()))
s.seek(0, 2); s.write("zz"); print(repr(s.getvalue()))
for args in [(-1,), (0, 1), (1, 1), (0, 3), (1, 2)]:
    try:
        print(args, s.seek(*args))
    except (ValueError, OSError) as e:
        print(type(e).__name__, e)
try:
    s.truncate(-1)
except ValueError as e:
    print("ValueError", e)
print(s.seek(0, 1), s.seek(0, 0))
try:
    s.seek("a")
except TypeError as e:
    print("TypeError", e)
