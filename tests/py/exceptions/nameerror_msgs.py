# NameError and UnboundLocalError
try:
    undefined_name
except NameError as e:
    print(type(e).__name__, e)
try:
    print(undefined_fn())
except NameError as e:
    print(type(e).__name__, e)
def local_before_assign():
    print(v)
    v = 1
try:
    local_before_assign()
except NameError as e:
    print(isinstance(e, NameError), issubclass(UnboundLocalError, NameError))
def uses_deleted():
    x = 1
    del x
    return x
try:
    uses_deleted()
except NameError as e:
    print(isinstance(e, NameError))
def closure_unbound():
    def inner():
        return later
    try:
        inner()
    except NameError as e:
        print("closure", isinstance(e, NameError))
    later = 1
    return inner()
print(closure_unbound())
try:
    del never_defined
except NameError as e:
    print(type(e).__name__, e)
try:
    exec("print(ghost)")
except NameError as e:
    print(type(e).__name__, e)
class K:
    try:
        missing_in_class
    except NameError as e:
        print(type(e).__name__, e)
