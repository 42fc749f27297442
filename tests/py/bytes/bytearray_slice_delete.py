for sl in [slice(None, None, 2), slice(1, None, 3), slice(None, None, -2), slice(8, 1, -2), slice(2, 5), slice(5, 2), slice(-3, None), slice(None, None, 100)]:
    ba = bytearray(b"0123456789")
    del ba[sl]
    print(sl, ba)
ba = bytearray(b"abc")
del ba[0]
del ba[-1]
print(ba)
for idx in [5, -5]:
    try:
        del ba[idx]
    except IndexError as e:
        print(type(e).__name__, e)
try:
    del ba["x"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    del ba[::0]
except ValueError as e:
    print(type(e).__name__, e)
ba = bytearray(b"")
del ba[:]
print(ba, len(ba))
