# array: OverflowError messages per typecode, staged like CPython's converters
from array import array
for c in "bBhHiIlLqQ":
    row = []
    for v in [2 ** 31, -2 ** 31 - 1, 2 ** 15, -2 ** 15 - 1, 2 ** 63, -2 ** 63 - 1, 2 ** 64, 10 ** 40, -10 ** 40, 70000, -1, 300]:
        try:
            array(c, [v])
            row.append("ok")
        except OverflowError as e:
            row.append(str(e))
    print(c, row)
a = array("i", [1, 2, 3])
for k, v in [(-9, "x"), (5, 2 ** 40), (0, "x"), (1, 2 ** 40)]:
    try:
        a[k] = v
    except (IndexError, TypeError, OverflowError) as e:
        print(k, type(e).__name__, e)
print(a)
