# import ... as ..., multiple names per import statement, re-import after del
import _mod_a as A, _mod_state as S
from _mod_a import alpha as al, beta as be
print(A.alpha(), S.get(), al(), be())
del A
try:
    A
except NameError:
    print("A deleted")
import _mod_a as A
print(A.CONST)
import sys
mod = sys.modules["_mod_a"]
print(mod is A)
