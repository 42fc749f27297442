calls = [(bytes.upper, (5,)), (bytes.upper, ()), (bytearray.append, (b"x", 1)), (bytes.__len__, ("s",)), (bytes.__len__, ()), (bytearray.__iadd__, (b"x", b"y")),
         (bytes.__hash__, (bytearray(b"x"),)), (bytes.__bytes__, (None,)), (bytes.__bytes__, ()), (bytearray.__setitem__, (b"x", 0, 1)), (bytes.decode, ("s",)),
         (bytearray.copy, (b"x",)), (bytes.__getitem__, (bytearray(b"ab"), 0)), (bytes.__mul__, (None, 2)), (bytes.hex, (memoryview(b"x"),))]
for f, args in calls:
    try:
        print(f(*args))
    except TypeError as e:
        print(type(e).__name__, e)
class B(bytes):
    pass
class BA(bytearray):
    pass
print(bytes.upper(B(b"sub")), bytearray.upper(BA(b"sub")), bytes.__len__(B(b"abc")), bytearray.pop(BA(b"xy")), bytes.__bytes__(B(b"q")))
