# the "as" name is deleted after the except block; handlers and scoping
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    print("inside", e)
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)


def f():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        saved = exc
    try:
        exc
    except UnboundLocalError as err:
        return type(saved).__name__, type(err).__name__, str(err)


print(f())

# sys.exc_info inside and after the handler
import sys
print(sys.exc_info())
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v))
    try:
        raise IndexError("nested")
    except IndexError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())


# exception handled in a called function does not leak
def handles():
    try:
        raise OSError("x")
    except OSError:
        return sys.exc_info()[0].__name__


try:
    raise TypeError("outer")
except TypeError:
    print(handles(), sys.exc_info()[0].__name__)
