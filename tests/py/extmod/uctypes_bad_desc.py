# mprt: exp-manual
# Malformed descriptors and odd arguments: the errors MicroPython raises.
import uctypes as u
buf = bytearray(16)
A = u.addressof(buf)
def t(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)
s = u.struct(A, {"f": 1.5, "l": [1, 2], "t1": (u.ARRAY | 0,), "n": None, "arr": (u.ARRAY | 0, 2, u.UINT16 | 0)})
t(lambda: s.f)
t(lambda: s.l)
t(lambda: s.n)
t(lambda: s.arr[1])
t(lambda: u.sizeof(s.arr))
t(lambda: u.sizeof({"f": 1.5}))
t(lambda: u.sizeof([1]))
t(lambda: u.sizeof(None))
t(lambda: u.struct(A, [1, 2])[0])
t(lambda: u.struct(A, [1, 2]).x)
t(lambda: str(u.struct(A, [1, 2]))[:13])
t(lambda: u.struct(A, {}, 1.5))
t(lambda: u.sizeof({}, "x"))
t(lambda: u.sizeof({"x": u.UINT8}, None))
