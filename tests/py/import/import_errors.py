# import errors and module that raises while importing
try:
    import _mod_raises
except ValueError as e:
    print("ValueError during import:", e)
import sys
print("_mod_raises" in sys.modules)
try:
    import definitely_not_a_module_name
except ImportError as e:
    print("ImportError caught")
try:
    from pkg import missing_name
except ImportError:
    print("ImportError for missing name")
try:
    import pkg.not_a_submodule
except ImportError:
    print("ImportError for missing submodule")
