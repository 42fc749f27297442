# uncaught exception class defined in the main module with a dotted qualname
class Outer:
    class InnerError(LookupError):
        pass


def find(key):
    if key != "known":
        raise Outer.InnerError(key)


find("known")
print("found")
find("unknown")
