# modifying module attributes from outside; functions see module globals
import _mod_state
print(_mod_state.get())
_mod_state.count = 100
_mod_state.bump()
print(_mod_state.get(), _mod_state.count)
from _mod_state import count as snapshot
_mod_state.bump()
print(snapshot, _mod_state.count)
_mod_state.new_attr = "added"
import _mod_state as again
print(again.new_attr)
def replacement():
    return -1
_mod_state.get = replacement
print(_mod_state.get())
