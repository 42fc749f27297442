# relative imports crossing package levels, star import from a package with __all__
from pkg3 import *
print(visible)
try:
    hidden
except NameError:
    print("hidden not exported")
from pkg3.sub import value, helper_fn
print(value, helper_fn())
import pkg3.sub.mod
print(pkg3.sub.mod.value is value, pkg3.helpers.helper_fn())
import sys
print(sorted(m for m in sys.modules if m.startswith("pkg3")))
