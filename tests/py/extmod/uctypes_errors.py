# mprt: exp-manual
# Error types and messages of uctypes.
import uctypes

buf = bytearray(16)
A = uctypes.addressof(buf)
S = uctypes.struct(A, {"x": uctypes.UINT8 | 0, "sub": (2, {"y": uctypes.UINT8 | 0}),
                       "arr": (uctypes.ARRAY | 4, uctypes.UINT16 | 2), "bad": "oops"})

def t(f):
    try:
        r = f()
        print("ok", r)
    except KeyError as e:
        print("KeyError", e.args)
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: uctypes.struct())
t(lambda: uctypes.struct(A))
t(lambda: uctypes.struct(A, {}, 0, 1))
t(lambda: uctypes.struct(A, {}, layout=1))
t(lambda: uctypes.struct(A, {}, "x"))
t(lambda: uctypes.struct("x", {}))
t(lambda: uctypes.sizeof())
t(lambda: uctypes.sizeof({}, 0, 1))
t(lambda: uctypes.sizeof(S, 0))
t(lambda: uctypes.sizeof(uctypes.UINT32))
t(lambda: uctypes.sizeof("x"))
t(lambda: uctypes.sizeof({"a": "b"}))
t(lambda: uctypes.sizeof({"a": 1.5}))
t(lambda: uctypes.sizeof(bytearray(7)))
t(lambda: uctypes.addressof(1))
t(lambda: uctypes.addressof())
t(lambda: uctypes.bytes_at(A))
t(lambda: S.bad)
t(lambda: setattr(S, "sub", 1))
t(lambda: setattr(S, "arr", 1))
t(lambda: S.missing)
t(lambda: S.sub.y)
t(lambda: S[0])
t(lambda: S.arr.x)
t(lambda: S.arr[2])
t(lambda: S.arr[1])
t(lambda: uctypes.struct(A, 5).x)
t(lambda: uctypes.struct(A, (0, {"y": uctypes.UINT8 | 0}))[0])
t(lambda: uctypes.sizeof(uctypes.struct(A, 5)))
t(lambda: len(S))
try:
    del S.x
    print("del ok", S.x)
    del S.missing
except KeyError:
    print("KeyError")
