# array.index(start, stop), comparisons across typecodes, concatenation/multiplication errors
from array import array
a = array("i", [5, 1, 5, 2, 5])
print(a.index(5), a.index(5, 1), a.index(5, 3), a.index(2, -3))
for args in [(5, 5), (1, 2, 4), (9,)]:
    try:
        print(a.index(*args))
    except ValueError as e:
        print("ValueError", e)
print(array("i", [1, 2]) == array("d", [1.0, 2.0]), array("b", [1]) < array("h", [2]), array("B") == array("b"))
print(array("i", [1]) == [1], array("i", [1, 2]) != array("i", [1, 3]))
try:
    array("i", [1]) < [1]
except TypeError as e:
    print("TypeError", e)
try:
    array("i", [1]) + array("d", [1.0])
except TypeError as e:
    print("TypeError", e)
try:
    array("i", [1]) + [2]
except TypeError as e:
    print("TypeError", e)
x = array("h", [1, 2])
x += array("h", [3]); print(x)
try:
    x += [4]
except TypeError as e:
    print("TypeError", e)
x *= 2; print(x)
print(x * -1, 0 * x, x[::-1] * 1)
print(hash(1) if True else hash(x))
try:
    hash(x)
except TypeError as e:
    print("TypeError", e)
