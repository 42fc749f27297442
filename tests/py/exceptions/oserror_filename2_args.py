# OSError argument handling: errno/strerror/filename/filename2, args, str and repr
for args in [(), ("msg",), (2, "No such file"), (2, "No such file", "a.txt"),
             (2, "No such file", "a", None, "b"), (2, "x", None, None, "b"),
             (13, "Denied", "f", None), (1, 2, 3, 4, 5, 6), (0, "")]:
    e = OSError(*args)
    print(type(e).__name__, e.args, repr(str(e)), e.errno, e.strerror, e.filename, e.filename2)
    print(" ", repr(e))
e = OSError(1, "x")
e.filename = "late"
print(str(e))
e.filename2 = "other"
print(str(e))
e = FileNotFoundError(2, "missing", "p")
print(str(e), e.args, isinstance(e, OSError))
class MyErr(OSError):
    pass
m = MyErr(5, "io", "dev")
print(type(m).__name__, str(m), m.args, m.filename)
try:
    raise OSError(17, "exists", "dir")
except FileExistsError as ex:
    print("caught", ex, ex.errno)
