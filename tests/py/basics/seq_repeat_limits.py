# repetition beyond the largest object size
import sys
for s in (b"abc", "abc", "éé"):
    try:
        s * sys.maxsize
    except OverflowError as e:
        print(type(s).__name__, "OverflowError", e)
for s in ([1, 2], (1, 2), bytearray(b"ab")):
    try:
        s * sys.maxsize
    except MemoryError:
        print(type(s).__name__, "MemoryError")
print("" * sys.maxsize == "", b"" * sys.maxsize, [] * sys.maxsize)
print("ab" * -3, [1] * 0, (1,) * 2)
