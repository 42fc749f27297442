# module-level __getattr__ and __dir__
import _mod_lazy
print(_mod_lazy.EAGER)
print(_mod_lazy.lazy_thing)
print(getattr(_mod_lazy, "lazy_x", "default"))
print(getattr(_mod_lazy, "other", "default"))
try:
    _mod_lazy.other
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(_mod_lazy, "lazy_y"), hasattr(_mod_lazy, "nope"))
from _mod_lazy import lazy_from
print(lazy_from)
try:
    from _mod_lazy import missing
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
print(dir(_mod_lazy))
