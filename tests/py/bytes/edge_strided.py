import struct
for f in ["999999999999999999999q", "99999999999999999s"]:
    try: print(struct.calcsize(f))
    except struct.error as e: print("error", e)
try: b"x".ljust(10**15)
except MemoryError: print("MemoryError")
m = memoryview(bytearray(b"0123456789"))
r = m[::-2]
print(r.tobytes(), r[1:3].tobytes(), r[::-1].tobytes())
r[0:2] = b"ab"
print(m.obj)
from array import array
a = array("h", range(10))
a[::-3] = array("h", [0, 0, 0, 0])
print(a, a[::-2], a[8:2:-2])
del a[::-4]
print(a)
