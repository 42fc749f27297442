import contextlib

with contextlib.suppress(KeyError, IndexError):
    [][1]
print("after suppress")
try:
    with contextlib.suppress(KeyError):
        raise ValueError("v")
except ValueError as e:
    print("ValueError", e)

@contextlib.contextmanager
def tag(name):
    print("<" + name + ">")
    try:
        yield name.upper()
    finally:
        print("</" + name + ">")
with tag("a") as t:
    print("body", t)
try:
    with tag("b"):
        raise RuntimeError("boom")
except RuntimeError as e:
    print("caught", e)

@contextlib.contextmanager
def swallow():
    try:
        yield
    except ZeroDivisionError:
        print("swallowed")
with swallow():
    1 / 0
print("continues")

with contextlib.ExitStack() as st:
    for n in "xyz":
        st.callback(print, "cb", n)
    st.enter_context(tag("inner"))
    print("in stack")
with contextlib.nullcontext(5) as v:
    print("null", v)
class R:
    def close(self):
        print("closed")
with contextlib.closing(R()):
    print("using")
import io
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("hidden")
print(repr(buf.getvalue()))
