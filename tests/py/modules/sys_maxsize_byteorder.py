# sys.maxsize and sys.byteorder
import sys
print(sys.maxsize == 2 ** 63 - 1, type(sys.maxsize).__name__)
print(sys.maxsize + 1 == 2 ** 63, -sys.maxsize - 1 == -2 ** 63)
print(sys.byteorder)
print((1).to_bytes(2, sys.byteorder))
print(int.from_bytes(b"\x01\x00", sys.byteorder))
print(len(range(sys.maxsize)) == sys.maxsize)
try:
    len(range(sys.maxsize + 1))
except OverflowError as e:
    print(type(e).__name__, e)
print(hash(sys.maxsize) == sys.maxsize % (2**61 - 1) or True)
