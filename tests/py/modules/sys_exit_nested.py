# SystemExit passes through finally blocks and except Exception
import sys
def work():
    try:
        sys.exit(4)
    finally:
        print("finally ran")
try:
    work()
except SystemExit as e:
    print("exit code", e.code)
def swallow():
    try:
        sys.exit("bye")
    except Exception:
        return "swallowed"
    except BaseException as e:
        return "base " + type(e).__name__ + " " + str(e)
print(swallow())
try:
    raise SystemExit("a", "b")
except SystemExit as e:
    print(e.code, str(e))
try:
    try:
        sys.exit(1)
    except SystemExit:
        raise ValueError("converted")
except ValueError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
print(repr(SystemExit(0)), repr(SystemExit()))
