# SystemExit codes and args
import sys
for arg in [(), (0,), (5,), ("text",), (None,), ((1, 2),)]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(repr(e.code), e.args)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print(e.code, e.args)
try:
    raise SystemExit
except SystemExit as e:
    print(repr(e.code), e.args)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    try:
        sys.exit(2)
    except Exception:
        print("not caught by Exception")
except SystemExit as e:
    print("caught as SystemExit", e.code)
try:
    sys.exit(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
e = SystemExit(7)
e.code = 9
print(e.code, e.args)
