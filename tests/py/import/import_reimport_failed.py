# a module whose import fails is not left in sys.modules
import sys
for attempt in range(2):
    try:
        import _mod_raises
    except Exception as e:
        print(attempt, type(e).__name__, "_mod_raises" in sys.modules)
try:
    import pkg4.star_bad, no_such_thing_zz
except ImportError as e:
    print(type(e).__name__, e)
print("pkg4.star_bad" in sys.modules)
