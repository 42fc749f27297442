# uncaught exception traceback: nested function calls, printed on stderr
def level3(n):
    if n > 2:
        raise ValueError("n too large: %d" % n)
    return n


def level2(n):
    level3(n + 1)


def level1(n):
    print("level1 start")
    level2(n)
    print("not reached")


level1(0)
level1(5)
