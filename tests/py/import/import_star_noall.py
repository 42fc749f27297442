# star import without __all__ skips underscore names
from _mod_noall import *
print(x, f(), C.__name__)
try:
    _y
except NameError as e:
    print(type(e).__name__, e)
try:
    _sys
except NameError as e:
    print(type(e).__name__, e)
from pkg4.beta import *
print(B, public())
try:
    _private
except NameError as e:
    print(type(e).__name__, e)
