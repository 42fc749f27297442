# functools.wraps / update_wrapper: copied attributes, __wrapped__, __dict__ merge
import functools
def deco(fn):
    @functools.wraps(fn)
    def inner(*a, **k):
        return fn(*a, **k)
    return inner
@deco
def greet(name):
    "Say hello."
    return "hi " + name
greet.extra = 1
print(greet("x"), greet.__name__, greet.__doc__, greet.__wrapped__("y"), greet.__qualname__)
def orig():
    pass
orig.custom = {"k": 1}
def wrapper():
    pass
r = functools.update_wrapper(wrapper, orig)
print(r is wrapper, wrapper.__name__, wrapper.custom, wrapper.__wrapped__ is orig)
def w2():
    pass
functools.update_wrapper(w2, orig, assigned=("__doc__",), updated=())
print(w2.__name__, hasattr(w2, "custom"), w2.__wrapped__ is orig)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
class Obj:
    pass
o = Obj()
def w3():
    pass
functools.update_wrapper(w3, o)
print(w3.__name__, w3.__wrapped__ is o)
