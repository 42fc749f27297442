# except with tuples, nested tuples, dynamic tuples and invalid types
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup " + type(e).__name__
    except (ValueError, TypeError, AttributeError) as e:
        return "value/type/attr " + type(e).__name__
    except () as e:
        return "never"
    except Exception as e:
        return "other " + type(e).__name__


for exc in [KeyError, IndexError(), ValueError, TypeError("t"), AttributeError, RuntimeError]:
    print(classify(exc))

handlers = [OSError]
handlers.append(ZeroDivisionError)
try:
    1 / 0
except tuple(handlers) as e:
    print("dynamic tuple", type(e).__name__)

# invalid except targets raise TypeError only when checked
for bad in [5, "ValueError", [ValueError], (ValueError, 3)]:
    try:
        try:
            raise ValueError("v")
        except bad:
            print("matched", bad)
    except TypeError as e:
        print(type(e).__name__, e)

# a non-matching except with an invalid earlier clause is never evaluated
try:
    try:
        raise KeyError
    except KeyError:
        print("first clause matched")
    except 42:
        pass
except TypeError as e:
    print("unexpected", e)

# raising non-exceptions
for bad in [5, "msg", object, int]:
    try:
        raise bad
    except TypeError as e:
        print(type(e).__name__, e)
try:
    raise ValueError from 5
except TypeError as e:
    print(type(e).__name__, e)
