# importlib.import_module
import importlib
m = importlib.import_module("pkg4.beta")
print(m.__name__, m.B)
m2 = importlib.import_module(".beta", "pkg4")
print(m2 is m)
import pkg4.beta
print(pkg4.beta is m)
try:
    importlib.import_module("no_such_importlib_mod")
except ImportError as e:
    print(type(e).__name__, e)
