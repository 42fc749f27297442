# creating module objects directly
import sys
ModuleType = type(sys)
m = ModuleType("made_up")
print(m.__name__, m.__doc__)
print(repr(m))
m2 = ModuleType("with_doc", "some doc")
print(m2.__doc__)
m.x = 10
print(m.x, m.__dict__["x"])
sys.modules["made_up"] = m
import made_up
print(made_up is m, made_up.x)
from made_up import x
print(x)
del m.x
try:
    m.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    ModuleType()
except TypeError as e:
    print(type(e).__name__)
print(type(m).__name__, isinstance(sys, ModuleType))
