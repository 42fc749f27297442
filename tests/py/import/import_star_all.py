# from module import * honours __all__
from _mod_all import *
print(exported(), ALSO)
try:
    not_exported()
except NameError:
    print("not_exported hidden by __all__")
import _mod_all
print(_mod_all.not_exported(), sorted(_mod_all.__all__))
