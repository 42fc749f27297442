# exporters cannot change size while a memoryview over them is alive
from array import array

def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

ba = bytearray(b"abc")
mv = memoryview(ba)

def setitem(k, v):
    def f():
        ba[k] = v
        return ba
    return f

def delitem(k):
    def f():
        del ba[k]
        return ba
    return f

def iadd(x):
    def f():
        global ba
        ba += x
        return ba
    return f

def imul(n):
    def f():
        global ba
        ba *= n
        return ba
    return f

for f in [lambda: ba.append(1), lambda: ba.extend(b""), lambda: ba.extend(b"x"), lambda: ba.extend([1]),
          setitem(slice(0, 1), b"z"), setitem(slice(0, 1), b"zz"), setitem(slice(0, 1), b""),
          setitem(slice(0, 3, 2), b"qq"), setitem(0, 65), delitem(0), delitem(slice(0, 0)), delitem(slice(0, 2)),
          delitem(9), lambda: ba.pop(), lambda: ba.pop(7), lambda: ba.remove(120), lambda: ba.remove(98),
          lambda: ba.insert(0, 1), lambda: ba.clear(), iadd(b""), iadd(b"x"), imul(1), imul(2), imul(0),
          lambda: ba.__init__(b"q"), lambda: ba.reverse(), lambda: ba]:
    err(f)
print(ba, mv.tobytes())

# any live view (slices, casts, views of views) keeps the export
part = mv[1:]
mv.release()
err(lambda: ba.append(1))
cast = part.cast("c")
part.release()
err(lambda: ba.append(1))
del cast
err(lambda: ba.append(1))
print(ba)

with memoryview(ba) as q:
    err(lambda: ba.append(2))
err(lambda: ba.append(3))
q = memoryview(ba)
q2 = memoryview(q)
q.release()
err(lambda: ba.append(4))
del q2
err(lambda: ba.append(5))
r = memoryview(ba).toreadonly()
err(lambda: ba.append(6))
del r
err(lambda: ba.append(7))
print(ba)

# a view dropped in a reference cycle is released by the collector
import gc
class Holder:
    pass
h = Holder()
h.me = h
h.view = memoryview(ba)
err(lambda: ba.append(8))
del h
gc.collect()
err(lambda: ba.append(9))

# empty bytearray with a view
e = bytearray()
ev = memoryview(e)
err(lambda: e.clear())
err(lambda: e.__init__())
err(lambda: e.append(1))
ev.release()

# array.array
a = array("i", [1, 2])
am = memoryview(a)

def aset(k, v):
    def f():
        a[k] = v
        return a
    return f

def adel(k):
    def f():
        del a[k]
        return a
    return f

def aiadd(x):
    def f():
        global a
        a += x
        return a
    return f

def aimul(n):
    def f():
        global a
        a *= n
        return a
    return f

for f in [lambda: a.append(3), lambda: a.extend([]), lambda: a.extend([3]), lambda: a.extend(array("i", [3])),
          lambda: a.fromlist([]), lambda: a.fromlist([3]), lambda: a.frombytes(b""), lambda: a.frombytes(b"\0\0\0\0"),
          lambda: a.insert(0, 1), lambda: a.pop(), lambda: a.pop(5), lambda: a.remove(2), lambda: a.remove(9),
          aset(slice(0, 1), array("i", [5])), aset(slice(0, 1), array("i")), aset(slice(0, 1), array("i", [1, 2])),
          aset(0, 7), adel(0), adel(slice(1, 1)), adel(slice(0, 1)), aiadd(array("i")), aiadd(array("i", [1])),
          aimul(1), aimul(2), lambda: a.byteswap(), lambda: a.reverse(), lambda: a]:
    err(f)
am.release()
a.append(3)
print(a)
am = memoryview(a)
for f in [aset(slice(0, 0), array("i")), aset(slice(0, 4, 2), array("i", [1])), aset(slice(0, 4, 2), array("i", [8, 9])),
          adel(slice(5, 5)), adel(slice(None, None, 2))]:
    err(f)
am.release()
print(a)
