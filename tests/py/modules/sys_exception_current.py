# sys.exception() (3.11) returns the exception being handled
import sys
print(sys.exception())
try:
    raise KeyError("k")
except KeyError as e:
    print(sys.exception() is e, repr(sys.exception()))
print(sys.exception())
def handler():
    try:
        raise ValueError("v")
    except ValueError:
        return type(sys.exception()).__name__
print(handler(), sys.exception())
try:
    raise OSError("o")
except OSError:
    try:
        raise RuntimeError("r")
    except RuntimeError:
        print(sys.exception())
    print(sys.exception())
