# sys module basics
import sys
print(type(sys.argv).__name__, len(sys.argv) >= 1, sys.argv[0].endswith("sys_basic.py"))
print(sys.version_info[0], sys.version_info >= (3, 4), type(sys.version).__name__)
print(sys.maxsize > 2 ** 30, sys.byteorder in ("little", "big"))
print(type(sys.path).__name__, type(sys.modules).__name__, "sys" in sys.modules)
print(hasattr(sys, "stdout"), hasattr(sys, "stderr"), hasattr(sys, "stdin"))
sys.stdout.write("written via sys.stdout\n")
print(sys.implementation.name in ("cpython", "micropython", "mprt"))
try:
    sys.exit(3)
except SystemExit as e:
    print("SystemExit", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit", e.code)
try:
    sys.exit("message")
except SystemExit as e:
    print("SystemExit", e.code)
print(callable(sys.exit), type(sys.platform).__name__)
