# modules execute once and are cached in sys.modules
import sys
import _mod_side
import _mod_side
from _mod_side import value
print(value, _mod_side.loads)
print("_mod_side" in sys.modules, sys.modules["_mod_side"] is _mod_side)
_mod_side.value = "changed"
import _mod_side as m2
print(m2.value)
def lazy():
    import _mod_side
    return _mod_side.value
print(lazy())
