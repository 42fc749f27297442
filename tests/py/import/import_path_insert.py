# adding a directory to sys.path makes its modules importable
import sys, os
try:
    import _extra_mod
except ImportError as e:
    print(type(e).__name__, e)
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "extra"))
import _extra_mod
print(_extra_mod.WHERE)
print(_extra_mod.__name__)
