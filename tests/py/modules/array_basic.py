# array module
from array import array
a = array("i", [1, 2, 3])
a.append(4)
a.extend([5, 6])
print(a, len(a), a[0], a[-1], list(a[1:3]), sum(a))
a[0] = 100
print(list(a))
b = array("B", b"abc")
print(b, list(b), bytes(b))
f = array("f", [1.5, 2.5])
print(list(f), f[1])
d = array("d")
for i in range(5):
    d.append(i / 2)
print(list(d))
try:
    array("B", [256])
except OverflowError:
    print("OverflowError")
print(array("h", [-1, 1]), array("I", [7]).typecode if hasattr(array("I"), "typecode") else "I")
