import traceback, sys, io

def inner():
    raise ValueError("bad value")

def outer():
    inner()

try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb.tb_frame.f_code.co_name, tb.tb_lineno)
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)
    print([(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)])
    print(traceback.format_exception_only(type(e), e))
    lines = traceback.format_exception(type(e), e, e.__traceback__)
    print(lines[0], lines[-1], len(lines))
    s = traceback.format_exc()
    print(s.splitlines()[0], s.splitlines()[-1])
    e2 = e.with_traceback(None)
    print(e2 is e, e.__traceback__)

try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise KeyError("k") from z
except KeyError as k:
    out = traceback.format_exception(k)
    print([l for l in out if not l.startswith("  ")])

buf = io.StringIO()
try:
    [][0]
except IndexError:
    traceback.print_exc(file=buf)
print(buf.getvalue().splitlines()[-1])
