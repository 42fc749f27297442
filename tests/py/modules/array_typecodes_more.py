# array: every typecode's itemsize, limits, float rounding, repr, byteswap, fromlist/tolist
from array import array
for tc in "bBhHiIlLqQfd":
    a = array(tc, [1, 2])
    print(tc, a.itemsize, repr(a), a.tolist(), len(a.tobytes()))
print(array("f", [0.1, 1 / 3]).tolist(), array("d", [0.1]).tolist())
print(array("q", [-2 ** 63, 2 ** 63 - 1]), array("Q", [2 ** 64 - 1]))
for tc, v in [("q", 2 ** 63), ("Q", -1), ("L", 2 ** 64), ("b", 1.5), ("f", "x"), ("d", None)]:
    try:
        array(tc, [v])
    except (OverflowError, TypeError) as e:
        print(tc, type(e).__name__, e)
a = array("h", [1, 256])
a.byteswap(); print(a)
a.fromlist([7, 8]); print(a)
try:
    a.fromlist([1, "x"])
except TypeError as e:
    print("TypeError", e, a)
try:
    a.fromlist((1,))
except TypeError as e:
    print("TypeError", e)
print(array("b"), repr(array("d")), array("B", bytearray(b"\x01\x02")), array("i", array("b", [3, 4])))
try:
    array("i", b"abc")
except ValueError as e:
    print("ValueError", e)
print(array("i", b"\x01\x00\x00\x00"), array("b", "") if False else array("b", []))
try:
    array("b", "str")
except TypeError as e:
    print("TypeError", e)
print(array.typecodes if hasattr(array, "typecodes") else "", __import__("array").typecodes)
