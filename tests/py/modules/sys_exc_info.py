# sys.exc_info inside and outside handlers
import sys
print(sys.exc_info())
try:
    raise ValueError("boom")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
print(sys.exc_info())
def g():
    return sys.exc_info()[0]
try:
    {}["k"]
except KeyError:
    print(g().__name__)
try:
    raise TypeError("outer")
except TypeError:
    try:
        raise IndexError("inner")
    except IndexError:
        print(sys.exc_info()[1])
    print(sys.exc_info()[1])
try:
    try:
        1 / 0
    finally:
        print(sys.exc_info()[0].__name__)
except ZeroDivisionError:
    pass
print(sys.exc_info()[0])
print(len(sys.exc_info()), type(sys.exc_info()).__name__)
