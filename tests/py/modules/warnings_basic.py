# warnings: filters (error/ignore) and catch_warnings(record=True); nothing printed to stderr
import warnings
warnings.simplefilter("ignore")
warnings.warn("silent")
print("ignored")
warnings.simplefilter("error")
try:
    warnings.warn("boom", RuntimeWarning)
except RuntimeWarning as e:
    print("raised", type(e).__name__, e)
try:
    warnings.warn("plain")
except UserWarning as e:
    print("raised", type(e).__name__, e)
warnings.resetwarnings()
warnings.simplefilter("ignore")
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("one")
    warnings.warn("two", DeprecationWarning)
print(len(log), [str(w.message) for w in log], [w.category.__name__ for w in log])
warnings.warn("after")
print("done")
