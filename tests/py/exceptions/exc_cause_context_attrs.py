# __cause__, __context__, __suppress_context__ values in different raise forms
def show(e):
    return (type(e).__name__, type(e.__cause__).__name__ if e.__cause__ else None,
            type(e.__context__).__name__ if e.__context__ else None, e.__suppress_context__)


try:
    raise ValueError("plain")
except ValueError as e:
    print(show(e))

try:
    try:
        raise KeyError("a")
    except KeyError:
        raise ValueError("implicit")
except ValueError as e:
    print(show(e))

try:
    try:
        raise KeyError("a")
    except KeyError as k:
        raise ValueError("explicit") from k
except ValueError as e:
    print(show(e))

try:
    try:
        raise KeyError("a")
    except KeyError:
        raise ValueError("none") from None
except ValueError as e:
    print(show(e))

try:
    raise ValueError("cause without context") from IndexError("i")
except ValueError as e:
    print(show(e), e.__cause__.args)

# from a class: instantiated
try:
    raise ValueError from TypeError
except ValueError as e:
    print(show(e), repr(e.__cause__))

# setting attributes manually
e = RuntimeError("manual")
e.__cause__ = KeyError("c")
print(show(e))
e.__suppress_context__ = False
print(show(e))
try:
    e.__cause__ = "not an exception"
except TypeError as err:
    print(type(err).__name__, err)
try:
    e.__context__ = 5
except TypeError as err:
    print(type(err).__name__, err)

# context is the exception being handled, even in a nested function
def fail():
    raise OSError("inner")


try:
    try:
        1 / 0
    except ZeroDivisionError:
        fail()
except OSError as e:
    print(show(e))
# re-raising the same exception does not set context to itself
try:
    try:
        raise KeyError("same")
    except KeyError as k:
        raise k
except KeyError as e:
    print(show(e))
