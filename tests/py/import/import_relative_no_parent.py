# relative imports in a script have no parent package
try:
    from . import something
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .mod import x
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .. import y
except ImportError as e:
    print(type(e).__name__, e)
def inner():
    from . import z
try:
    inner()
except ImportError as e:
    print(type(e).__name__, e)
print(__package__)
