# contextlib.contextmanager and suppress
from contextlib import contextmanager, suppress


@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    except ZeroDivisionError:
        print("handled in generator")
    finally:
        print("</%s>" % name)


with tag("a") as t:
    print("inside", t)

with tag("b"):
    1 / 0
print("after b")

try:
    with tag("c"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", e)


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)

with suppress(KeyError, IndexError):
    [][1]
print("suppressed index error")
try:
    with suppress(KeyError):
        int("x")
except ValueError as e:
    print(type(e).__name__, e)


@contextmanager
def transform():
    try:
        yield
    except ValueError as e:
        raise TypeError("converted: %s" % e)


try:
    with transform():
        raise ValueError("orig")
except TypeError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
