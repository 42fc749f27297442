# NameError / UnboundLocalError messages in different scopes
def local_before_assign():
    print(val)
    val = 1


def free_unbound():
    def inner():
        return later
    r = inner
    later = 1
    del later
    return r()


def global_missing():
    return not_defined_anywhere


for f in (local_before_assign, free_unbound, global_missing):
    try:
        f()
    except NameError as e:
        print(type(e).__name__, "|", e)


class C:
    try:
        missing_in_class
    except NameError as e:
        print(type(e).__name__, "|", e)

try:
    del never_bound
except NameError as e:
    print(type(e).__name__, "|", e)


def del_local():
    x = 1
    del x
    del x


try:
    del_local()
except NameError as e:
    print(type(e).__name__, "|", e)
print(issubclass(UnboundLocalError, NameError), NameError("n").name if hasattr(NameError("n"), "name") else None)
