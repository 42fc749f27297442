# raise from, implicit chaining, __cause__/__context__
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("converted") from e
except ValueError as e:
    print(e, type(e.__cause__).__name__, type(e.__context__).__name__, e.__suppress_context__)
try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("while handling")
except RuntimeError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    try:
        raise TypeError("t")
    except TypeError:
        raise ValueError("v") from None
except ValueError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    raise IndexError("plain")
except IndexError as e:
    print(e.__cause__, e.__context__)
def deep():
    try:
        raise KeyError("a")
    except KeyError as a:
        try:
            raise ValueError("b")
        except ValueError as b:
            raise TypeError("c") from b
try:
    deep()
except TypeError as c:
    chain = []
    cur = c
    while cur is not None:
        chain.append(type(cur).__name__)
        cur = cur.__cause__ or cur.__context__
    print(chain)
err = RuntimeError("manual")
err.__cause__ = KeyError("k")
print(type(err.__cause__).__name__)
try:
    raise ValueError("x") from KeyError
except ValueError as e:
    print(type(e.__cause__).__name__, e.__cause__.args)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print("TypeError", e)
