# the built-in exception hierarchy
pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (KeyError, LookupError), (IndexError, LookupError), (LookupError, Exception),
    (UnboundLocalError, NameError), (FileNotFoundError, OSError), (OSError, Exception),
    (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
    (ModuleNotFoundError, ImportError), (UnicodeDecodeError, UnicodeError),
    (UnicodeError, ValueError), (StopIteration, Exception), (GeneratorExit, BaseException),
    (KeyboardInterrupt, BaseException), (SystemExit, BaseException),
    (GeneratorExit, Exception), (KeyboardInterrupt, Exception), (TimeoutError, OSError),
    (BrokenPipeError, ConnectionError), (IndentationError, SyntaxError),
    (TabError, IndentationError), (AssertionError, Exception), (EOFError, Exception),
    (StopAsyncIteration, Exception), (bool, int),
]
for a, b in pairs:
    print(a.__name__, b.__name__, issubclass(a, b))
print(EnvironmentError is OSError, IOError is OSError)
print([c.__name__ for c in KeyError.__mro__])
print([c.__name__ for c in FileNotFoundError.__mro__])
print(BaseException.__bases__, Exception.__bases__[0].__name__)

# except clauses match subclasses
for exc in [KeyError("k"), IndexError(1), ZeroDivisionError(), FileNotFoundError()]:
    try:
        raise exc
    except LookupError as e:
        print("LookupError caught", type(e).__name__)
    except ArithmeticError as e:
        print("ArithmeticError caught", type(e).__name__)
    except OSError as e:
        print("OSError caught", type(e).__name__)

# Exception does not catch BaseException-only classes
try:
    try:
        raise SystemExit(3)
    except Exception:
        print("wrong")
except BaseException as e:
    print("BaseException caught", type(e).__name__, e.code)
