import io

s = io.StringIO("line1\nline2\nline3")
print(s.readline(), s.read(3), s.tell(), s.readlines())
s.seek(0)
print([l for l in s], s.read(), repr(s.readline()))
w = io.StringIO()
print(w.write("abc"), w.write("def"), w.getvalue(), w.tell())
w.seek(1)
w.write("X")
print(w.getvalue())
w.seek(0)
w.truncate(2)
print(repr(w.getvalue()))
w.close()
print(w.closed)
try:
    w.write("x")
except ValueError as e:
    print("ValueError", e)
try:
    w.getvalue()
except ValueError as e:
    print("ValueError", e)
with io.StringIO("ctx") as c:
    print(c.read())
print(c.closed)
try:
    io.StringIO(b"x")
except TypeError as e:
    print("TypeError", e)
x = io.StringIO()
try:
    x.write(5)
except TypeError as e:
    print("TypeError", e)
print(x.readable(), x.writable(), x.seekable())
