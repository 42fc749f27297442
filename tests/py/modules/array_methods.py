# array: insert/pop/remove/index/count/reverse/extend/frombytes/tobytes/tolist
from array import array
a = array("h", [3, 1, 4, 1, 5])
a.insert(0, 9); a.insert(-1, 7); a.insert(100, 8); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1); print(a, a.count(1), a.index(5))
try:
    a.remove(42)
except ValueError as e:
    print("ValueError", e)
try:
    a.index(42)
except ValueError as e:
    print("ValueError", e)
a.reverse(); print(a, a.tolist())
a.extend(array("h", [10, 11])); a.extend((12,)); print(a)
try:
    a.extend(array("i", [1]))
except TypeError as e:
    print("TypeError", e)
print(a.itemsize, a.typecode, array("d").itemsize, array("b").itemsize)
b = array("H", [1, 2])
raw = b.tobytes(); print(raw)
c = array("H"); c.frombytes(raw + raw); print(c)
try:
    c.frombytes(b"abc")
except ValueError as e:
    print("ValueError", e)
try:
    array("H").pop()
except IndexError as e:
    print("IndexError", e)
try:
    array("z")
except ValueError as e:
    print("ValueError", e)
print(array("u", "hi") if False else "skip-u")
print(array("l", [1, 2]) == array("l", [1, 2]), array("b", [1]) < array("b", [2]))
print(array("i", [1, 2]) + array("i", [3]), array("i", [0]) * 3)
