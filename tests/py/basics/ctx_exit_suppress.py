# context managers: __exit__ arguments, suppression, return values
class CM:
    def __init__(self, suppress=False, name="cm"):
        self.suppress = suppress
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, repr(val) if val else None,
              type(val) is typ if val else tb is None)
        return self.suppress


with CM() as v:
    print("body", v)

with CM(suppress=True):
    raise ValueError("swallowed")
print("after suppress")

try:
    with CM(suppress=False):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))


# truthy non-bool return values suppress too
class Truthy(CM):
    def __exit__(self, *a):
        super().__exit__(*a)
        return "yes"


with Truthy(name="truthy"):
    1 / 0
print("suppressed by truthy")


# exceptions inside __exit__ replace the original
class Raiser:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        raise RuntimeError("from exit")


try:
    with Raiser():
        raise ValueError("original")
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)


# __enter__ failure: __exit__ not called
class BadEnter:
    def __enter__(self):
        raise OSError("cannot enter")

    def __exit__(self, *a):
        print("never")


try:
    with BadEnter():
        print("never body")
except OSError as e:
    print(type(e).__name__, e)


# return inside with: exit still runs, return value kept
def f():
    with CM(name="ret"):
        return "returned"


print(f())
