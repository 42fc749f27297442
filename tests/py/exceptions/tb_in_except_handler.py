# exception raised inside an except block of a nested function, with finally
def risky(x):
    if x == 0:
        raise ZeroDivisionError("x is zero")
    if not isinstance(x, int):
        raise TypeError("x must be int, not %s" % type(x).__name__)


def handler():
    try:
        risky(0)
    except ZeroDivisionError as exc:
        print("caught", exc)
        try:
            risky("a")
        finally:
            print("inner finally")


handler()
