# sys: standard streams, buffer objects, misc attributes
import sys
n = sys.stdout.write("text via write\n")
print(n)
sys.stdout.flush()
k = sys.stdout.buffer.write(b"bytes via buffer\n")
sys.stdout.buffer.flush() if hasattr(sys.stdout.buffer, "flush") else None
print(k)
try:
    sys.stdout.buffer.write("str")
except TypeError:
    print("TypeError")
print(hasattr(sys.stderr, "buffer"), hasattr(sys.stdin, "buffer"), callable(sys.stdout.fileno), sys.stdout.fileno(), sys.stderr.fileno())
print(sys.stdin.fileno(), type(sys.stdin.buffer.read(0)).__name__)
print(sys.ps1 if hasattr(sys, "ps1") else ">>> ", sys.ps2 if hasattr(sys, "ps2") else "... ")
print(type(sys.implementation.name).__name__, type(sys.version_info).__name__ in ("tuple", "version_info"))
print(sys.getrecursionlimit() > 0, callable(sys.exc_info), sys.exc_info())
try:
    raise KeyError("x")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v))
print(sys.__stdout__ is not None, "sys" in sys.modules, sys.modules["sys"] is sys)
print(isinstance(sys.path, list), isinstance(sys.argv, list), sys.platform in ("linux", "darwin", "win32"))
