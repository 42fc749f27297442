# raising ImportError / ModuleNotFoundError by hand
try:
    raise ImportError("custom", name="mymod", path="/tmp/mymod.py")
except ImportError as e:
    print(e, e.name, e.path, e.args)
try:
    raise ModuleNotFoundError("gone", name="gone_mod")
except ImportError as e:
    print(type(e).__name__, e, e.name, e.path)
try:
    ImportError("x", bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
e = ImportError("a", "b")
print(e.args, e.name, e.msg if hasattr(e, "msg") else "-")
e.name = "changed"
print(e.name)
class MyImportError(ImportError):
    pass
try:
    raise MyImportError("mine", name="m")
except ImportError as e:
    print(type(e).__name__, e, e.name)
