# StringIO readline(size), readlines(hint), iteration, writelines
import io
s = io.StringIO("line one\nline two\n\nlast")
print(repr(s.readline(4)), repr(s.readline()), repr(s.readline(100)), repr(s.readline(0)))
print(repr(s.readline()), repr(s.readline()), repr(s.readline()))
s.seek(0); print(s.readlines())
s.seek(0); print(s.readlines(5))
s.seek(0); print(s.readlines(12))
s.seek(0); print(s.readlines(-1), s.readlines())
s.seek(0); print([l for l in s])
s.seek(0); print(next(s), next(iter(s)))
s.seek(0); print(repr(s.readline(-1)), repr(s.read(-1)), repr(s.read(5)))
w = io.StringIO()
w.writelines(["a\n", "b", "c\n"]); w.writelines(iter(["d"]))
print(repr(w.getvalue()), w.write("xyz"), w.write(""))
try:
    w.write(b"x")
except TypeError as e:
    print("TypeError", e)
try:
    w.writelines([1])
except TypeError as e:
    print("TypeError", e)
s = io.StringIO("a\r\nb\rc\n")
print(s.readlines())
print(io.StringIO(None).getvalue() == "", io.StringIO().read())
