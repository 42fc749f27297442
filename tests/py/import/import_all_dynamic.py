# __all__ controls star imports; it may be a tuple and list non-underscore or underscore names
import sys
ModuleType = type(sys)
m = ModuleType("t1_dyn_all")
m.a = 1
m.b = 2
m._c = 3
m.__all__ = ("b", "_c")
sys.modules["t1_dyn_all"] = m
from t1_dyn_all import *
print(b, _c)
try:
    a
except NameError as e:
    print(type(e).__name__, e)
m2 = ModuleType("t1_dyn_noall")
m2.p = "p"
m2._q = "q"
sys.modules["t1_dyn_noall"] = m2
from t1_dyn_noall import *
print(p)
print("_q" in globals())
m3 = ModuleType("t1_dyn_badall")
m3.__all__ = [1]
sys.modules["t1_dyn_badall"] = m3
try:
    from t1_dyn_badall import *
except TypeError as e:
    print(type(e).__name__, e)
