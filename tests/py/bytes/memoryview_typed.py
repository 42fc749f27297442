# memoryview over array.array keeps the typecode as format and reads/writes typed items
from array import array

for code, vals in [("b", [-128, -1, 0, 127]), ("B", [0, 1, 255]), ("h", [-32768, 2, 32767]),
                   ("H", [0, 65535]), ("i", [-2**31, 7, 2**31 - 1]), ("I", [0, 2**32 - 1]),
                   ("l", [-2**63, 2**63 - 1]), ("L", [0, 2**64 - 1]), ("q", [-2**63, -5]),
                   ("Q", [2**64 - 1, 3]), ("f", [1.5, -0.25, 0.1]), ("d", [1e300, -0.0, 0.1])]:
    a = array(code, vals)
    m = memoryview(a)
    print(code, m.format, m.itemsize, len(m), m.nbytes, m.shape, m.strides, m.tolist(), list(m))
    print(" ", m[0], m[-1], [x for x in m[::-1]], m[1:].tolist(), m.tobytes() == a.tobytes())

# writes through the view change the array
a = array("i", [1, 2, 3, 4, 5])
m = memoryview(a)
m[1] = 20
m[-1] = -5
print(a)
m[1:3] = array("i", [7, 8])
print(a)
m[::2] = array("i", [100, 300, 500])
print(a)
m[::-1] = array("i", [1, 2, 3, 4, 5])
print(a, m.tolist())
m[0:2] = memoryview(array("i", [9, 9]))
m[3:5] = m[0:2]
print(a)
m[2:2] = array("i")
print(a)
# a view of a view
s = m[1:4]
ss = s[::2]
print(s.tolist(), ss.tolist(), ss.shape, ss.strides, ss.nbytes, ss.obj is a)
ss[1] = 44
print(a, ss[-1], s[2])
print(m[4:1:-1].tolist(), m[10:].tolist(), m[-100:2].tolist())

# float views
d = array("d", [0.0, 0.0])
md = memoryview(d)
md[0] = 2.5
md[1] = 3
print(d, md.tolist(), type(md[1]).__name__)
f = array("f", [0.0])
mf = memoryview(f)
mf[0] = 0.1
print(mf[0], mf[0] == f[0])
mf[0] = True
print(f)

# unsigned 64-bit values beyond i64
q = array("Q", [0])
mq = memoryview(q)
mq[0] = 2**64 - 1
print(q, mq[0], mq.tolist())
mq[0] = 2**63
print(q[0])

# bool / __index__ objects are accepted for integer formats
class Idx:
    def __index__(self):
        return 42
h = array("h", [0, 0])
mh = memoryview(h)
mh[0] = True
mh[1] = Idx()
print(h, mh[Idx() - 41] if False else mh[True])

# bytes and bytearray views are format 'B'
mb = memoryview(b"\x00\x7f\x80\xff")
print(mb.format, mb.itemsize, mb.tolist(), list(mb[::-1]), mb[2])
ba = bytearray(b"hello")
m = memoryview(ba)
m[0] = ord("j")
m[1:3] = b"EL"
m[3:] = bytearray(b"LY")
print(ba, bytes(m), bytearray(m[::2]), list(m[1:3]))

# conversions
a = array("h", [1, -2, 3])
m = memoryview(a)
print(bytes(m), bytearray(m), list(m), tuple(m), sum(m), 3 in m, 4 in m, list(reversed(m)))
print(array("i", m), array("d", m), array("B", memoryview(b"\x01\xff")))
print(b"".join([memoryview(b"ab"), memoryview(array("B", [67]))]))
ex = array("h")
ex.extend(m)
print(ex)
