# threading.excepthook: custom hooks, the default report, SystemExit.
import io
import sys
import threading

print(threading.excepthook is threading.__excepthook__)
seen = []


def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                 hasattr(args, "exc_traceback")))


def boom(msg):
    raise ValueError(msg)


threading.excepthook = hook
t = threading.Thread(target=boom, args=("bad value",), name="T1")
t.start()
t.join()
print(seen, t.is_alive())


# SystemExit reaches the hook too (the default hook ignores it)
def leave():
    sys.exit(3)


t = threading.Thread(target=leave, name="T2")
t.start()
t.join()
print(seen[-1][0], seen[-1][2])

# the default hook reports on sys.stderr
threading.excepthook = threading.__excepthook__
old = sys.stderr
sys.stderr = buf = io.StringIO()
try:
    t = threading.Thread(target=boom, args=("reported",), name="Reporter")
    t.start()
    t.join()
    t = threading.Thread(target=leave, name="Quiet")
    t.start()
    t.join()
finally:
    sys.stderr = old
lines = buf.getvalue().splitlines()
print(lines[0])
print(lines[1])
print(lines[-1])
print(any("Quiet" in l for l in lines))


# an exception in the hook itself does not kill the process
def bad_hook(args):
    seen.append("bad hook ran")


threading.excepthook = bad_hook
t = threading.Thread(target=boom, args=("x",))
t.start()
t.join()
print(seen[-1])
threading.excepthook = threading.__excepthook__
print("done")
