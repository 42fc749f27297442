# __import__ with and without fromlist
m = __import__("pkg4.beta")
print(m.__name__, m.beta.B)
m = __import__("pkg4.beta", None, None, ["B"])
print(m.__name__, m.B)
m = __import__("pkg4", fromlist=["alpha"])
print(m.__name__, m.alpha.A)
m = __import__("pkg4.inner.deep", globals(), locals(), [], 0)
print(m.__name__)
m = __import__("_helper")
print(m.VALUE)
try:
    __import__("no_such_mod_dunder")
except ImportError as e:
    print(type(e).__name__, e)
try:
    __import__(42)
except TypeError as e:
    print(type(e).__name__, e)
try:
    __import__("")
except ValueError as e:
    print(type(e).__name__, e)
