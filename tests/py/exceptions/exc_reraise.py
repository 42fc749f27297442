# bare raise, re-raising caught exceptions, raising stored exceptions
def f():
    try:
        raise ValueError("first")
    except ValueError:
        raise
try:
    f()
except ValueError as e:
    print(type(e).__name__, e)
saved = None
try:
    raise KeyError("saved")
except KeyError as e:
    saved = e
try:
    raise saved
except KeyError as e:
    print(type(e).__name__, e, e is saved)
def g():
    try:
        raise TypeError("in g")
    except TypeError as e:
        err = e
    raise err
try:
    g()
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
def handler():
    try:
        raise OSError("os")
    except OSError:
        def helper():
            raise
        try:
            helper()
        except OSError as e:
            return "helper re-raised " + str(e)
print(handler())
exc_class = ValueError
try:
    raise exc_class
except ValueError as e:
    print(type(e).__name__, e.args)
errors = [ValueError("a"), TypeError("b"), KeyError("c")]
for err in errors:
    try:
        raise err
    except (ValueError, TypeError) as e:
        print("group1", type(e).__name__, e)
    except Exception as e:
        print("group2", type(e).__name__, e)
