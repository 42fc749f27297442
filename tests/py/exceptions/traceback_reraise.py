# re-raising (bare raise, unmatched except, finally) adds no traceback entry
# for the re-raising frame; `raise e` does.
import io, sys

def entries(e):
    buf = io.StringIO()
    if hasattr(sys, "print_exception"):
        sys.print_exception(e, buf)
    else:
        import traceback
        traceback.print_exception(e, file=buf)
    for line in buf.getvalue().splitlines():
        if line.startswith("  File"):
            print(line.split(", ", 1)[1])

def h():
    raise
def g():
    try:
        1/0
    except ZeroDivisionError:
        h()
def k():
    try:
        g()
    finally:
        x = 1
def m():
    try:
        k()
    except ZeroDivisionError as e:
        raise e
def unmatched():
    try:
        [][1]
    except KeyError:
        pass

for f in (m, unmatched):
    try:
        f()
    except Exception as e:
        print(type(e).__name__)
        entries(e)
