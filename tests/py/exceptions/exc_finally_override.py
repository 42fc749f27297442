# finally overriding return values and exceptions
def ret_in_finally():
    try:
        return "try"
    finally:
        return "finally"


def exc_replaced_by_return():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"


def finally_raises():
    try:
        return "try"
    finally:
        raise KeyError("from finally")


def nested():
    for i in range(3):
        try:
            try:
                if i == 1:
                    raise IndexError(i)
            finally:
                if i == 1:
                    continue
        finally:
            pass
    return "loop done"


print(ret_in_finally(), exc_replaced_by_return(), nested())
try:
    finally_raises()
except KeyError as e:
    print(type(e).__name__, e, e.__context__)

# finally sees the return value already computed
log = []


def order():
    try:
        log.append("try")
        return log.append("return expr") or "value"
    finally:
        log.append("finally")


print(order(), log)


# exception raised in finally chains the pending exception as context
def chained():
    try:
        raise ValueError("pending")
    finally:
        raise TypeError("finally error")


try:
    chained()
except TypeError as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))

# return in finally inside a generator
def gen():
    try:
        yield 1
    finally:
        return


g = gen()
print(next(g), list(g))
