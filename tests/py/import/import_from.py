# from-import forms and module attributes
from _mod_a import alpha, beta as b, CONST
print(alpha(), b(), CONST)
from _mod_a import *
print(public_fn())
try:
    _private_fn
except NameError:
    print("private not star-imported")
import _mod_a
print(_mod_a.__name__, _mod_a._private_fn(), _mod_a.counter)
import _mod_a as again
print(again is _mod_a)
try:
    from _mod_a import not_there
except ImportError as e:
    print("ImportError", isinstance(e, ImportError))
