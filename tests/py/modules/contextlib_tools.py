# contextlib: contextmanager, suppress, closing, nullcontext, ExitStack, redirect_stdout
from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, redirect_stdout
import io
@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)
with tag("a") as t:
    print("body", t)
try:
    with tag("b"):
        raise ValueError("inside")
except ValueError as e:
    print("propagated", e)
@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))
with swallow():
    {}["k"]
print("after swallow")
@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
@tag("deco")
def decorated():
    print("in decorated")
decorated()
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
try:
    with suppress(KeyError):
        [][1]
except IndexError:
    print("IndexError not suppressed")
class Res:
    def close(self):
        print("closed")
with closing(Res()) as r:
    print(type(r).__name__)
with nullcontext(5) as v:
    print(v)
with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "cleanup", i)
    stack.enter_context(tag("inner"))
    print("stack body")
with ExitStack() as stack:
    stack.push(lambda *exc: True)
    raise ValueError("swallowed by exit callback")
print("exit stack done")
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line")
print(repr(buf.getvalue()))
