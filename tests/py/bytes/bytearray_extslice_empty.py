for sl in [slice(None, None, 2), slice(None, None, -1), slice(1, None, 3), slice(5, 0, -2), slice(2, 2, 2), slice(None, None, 1)]:
    for empty in [b"", bytearray(), [], range(0), ()]:
        ba = bytearray(b"0123456")
        ba[sl] = empty
        print(sl, type(empty).__name__, ba)
ba = bytearray(b"0123456")
for val in [b"x", b"xyz"]:
    try:
        ba[::2] = val
    except ValueError as e:
        print(type(e).__name__, e)
lst = list(range(7))
try:
    lst[::2] = []
except ValueError as e:
    print("list", type(e).__name__, e)
