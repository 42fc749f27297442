# sys.version_info behaves like a tuple
import sys
v = sys.version_info
print(v[0] == 3, v.major == 3, v.minor == v[1], v.micro == v[2])
print(v >= (3,), v > (2, 7), v < (4,), v[:2] >= (3, 0))
print(isinstance(v, tuple), type(v[:2]).__name__, len(v[:3]))
major, minor, *rest = v
print(major, type(minor).__name__, type(rest).__name__)
print(isinstance(sys.version, str), sys.version[0])
print(tuple(v[:1]), list(v)[0])
try:
    v.major = 4
except (AttributeError, TypeError) as e:
    print("readonly", type(e).__name__)
try:
    v[10]
except IndexError as e:
    print(type(e).__name__, e)
