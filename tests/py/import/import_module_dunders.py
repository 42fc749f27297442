# module attributes __name__, __file__, __package__
import _helper
import pkg4
import pkg4.beta
import pkg4.inner.deep
for m in (_helper, pkg4, pkg4.beta, pkg4.inner, pkg4.inner.deep):
    print(m.__name__, repr(m.__package__), m.__file__.replace("\\", "/").split("/import/")[-1])
print(__name__, __package__)
print(type(_helper).__name__)
print(repr(_helper)[:17])
print("__builtins__" in dir(_helper) or True)
print(_helper.__dict__["VALUE"], "double" in _helper.__dict__)
print(sorted(k for k in dir(pkg4) if not k.startswith("__")))
