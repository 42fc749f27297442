# three chained exceptions: context, then cause
def a():
    raise KeyError("first")


def b():
    try:
        a()
    except KeyError:
        raise IndexError("second")


def c():
    try:
        b()
    except IndexError as e:
        raise TypeError("third") from e.__context__


c()
