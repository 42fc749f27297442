# manipulating sys.modules changes what import returns
import sys
class Fake:
    value = "fake module"
sys.modules["t1_fake_mod"] = Fake
import t1_fake_mod
print(t1_fake_mod.value, t1_fake_mod is Fake)
from t1_fake_mod import value
print(value)
import _mod_counter
print(_mod_counter.count)
import _mod_counter
print(_mod_counter.count)
old = _mod_counter
del sys.modules["_mod_counter"]
import _mod_counter
print(_mod_counter.count, old is _mod_counter, old.count)
sys.modules["t1_none_mod"] = None
try:
    import t1_none_mod
except ImportError as e:
    print(type(e).__name__, e)
