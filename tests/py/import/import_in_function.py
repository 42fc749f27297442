# import inside functions and classes; module-level globals
def f():
    import _mod_a
    from _mod_a import alpha
    return alpha() + "/" + _mod_a.CONST
print(f())
try:
    _mod_a
except NameError:
    print("not bound at module level")
class K:
    import _mod_a as m
    val = m.CONST
print(K.val, K.m.__name__)
import _mod_a
def reads_module_global():
    return _mod_a.alpha()
print(reads_module_global())
import _mod_state
_mod_state.bump()
_mod_state.bump()
print(_mod_state.get())
from _mod_state import count
print(count)
