# catching via base classes and exception tuples
def raise_it(cls):
    try:
        raise cls("x")
    except ArithmeticError:
        return "ArithmeticError"
    except LookupError:
        return "LookupError"
    except OSError:
        return "OSError"
    except Exception:
        return "Exception"
for cls in [ZeroDivisionError, OverflowError, KeyError, IndexError, FileNotFoundError, ValueError, TypeError, RuntimeError, NotImplementedError]:
    print(cls.__name__, raise_it(cls))
handlers = (ValueError, KeyError)
for cls in [ValueError, KeyError, TypeError]:
    try:
        try:
            raise cls()
        except handlers as e:
            print("handled", type(e).__name__)
    except TypeError:
        print("fell through", cls.__name__)
try:
    raise KeyboardInterrupt
except Exception:
    print("wrong")
except BaseException as e:
    print("BaseException", type(e).__name__)
try:
    raise GeneratorExit
except Exception:
    print("wrong")
except BaseException as e:
    print("BaseException", type(e).__name__)
names = ["ValueError", "TypeError", "KeyError", "IndexError", "AttributeError", "NameError", "ZeroDivisionError",
         "RuntimeError", "StopIteration", "OSError", "ImportError", "MemoryError", "OverflowError", "AssertionError",
         "NotImplementedError", "SyntaxError", "SystemExit", "KeyboardInterrupt", "UnicodeError", "EOFError", "LookupError", "ArithmeticError"]
import builtins
for n in names:
    cls = getattr(builtins, n)
    print(n, [c.__name__ for c in cls.__mro__ if c is not object])
