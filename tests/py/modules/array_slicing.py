# array slicing, slice assignment, del, iteration, buffer protocol
from array import array
a = array("i", range(10))
print(a[2:5], a[::2], a[::-3], a[-3:])
a[1:3] = array("i", [20, 30, 40]); print(a)
del a[0:2]; print(a)
del a[::2]; print(a)
try:
    a[0:1] = [1]
except TypeError as e:
    print("TypeError", e)
try:
    a[0] = "x"
except TypeError as e:
    print("TypeError", e)
try:
    a[99]
except IndexError as e:
    print("IndexError", e)
print(bytes(array("B", [65, 66])), bytearray(array("b", [1, -1])), memoryview(array("h", [1, 2])).tolist())
print(list(reversed(array("b", [1, 2, 3]))), 2 in array("b", [1, 2]), len(array("d", [1.0] * 4)))
for code, bad in [("b", 128), ("B", -1), ("h", 2**15), ("H", 2**16), ("i", 2**31), ("I", -1)]:
    try:
        array(code, [bad])
    except OverflowError as e:
        print(code, "OverflowError", e)
