# StringIO newline= argument: translation on write, line splitting on read, errors
import io
for nl in [None, "", "\n", "\r", "\r\n"]:
    s = io.StringIO("a\r\nb\rc\nd", newline=nl)
    v = s.getvalue()
    s.seek(0)
    lines = s.readlines()
    w = io.StringIO(newline=nl)
    n = w.write("x\ny\r\nz")
    print(repr(nl), repr(v), lines, n, w.tell(), repr(w.getvalue()))
s = io.StringIO("one\r\ntwo\rthree", newline="")
print([s.readline(), s.readline(2), s.readline(), s.readline(), s.readline()])
s = io.StringIO("p\r\nq\r\n", newline="\r\n")
print(list(s))
for bad in ["x", "\n\n", 5, b"\n"]:
    try:
        io.StringIO(newline=bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(io.StringIO().newlines)
