# sys.modules behaviour and sys.path basics
import sys
import json
print("json" in sys.modules, sys.modules["json"] is json)
print(isinstance(sys.path, list), all(isinstance(p, str) for p in sys.path))
mods_before = len(sys.modules)
import math
import math as m2
print(m2 is math, sys.modules["math"] is math)
print(type(sys.modules).__name__, "__main__" in sys.modules)
print(__name__, type(sys.stdout.write).__name__ in ("builtin_function_or_method", "method", "function", "bound_method"))
