# conditional imports and fallbacks
try:
    import _mod_does_not_exist as impl
    source = "primary"
except ImportError:
    import _mod_a as impl
    source = "fallback"
print(source, impl.CONST)
def get_json():
    try:
        import json
        return json.dumps([1])
    except ImportError:
        return "no json"
print(get_json())
if True:
    from _mod_state import get as state_get
else:
    state_get = None
print(state_get())
