# try/except/else/finally: which blocks run, and in which order
def run(mode):
    log = []
    try:
        log.append("try")
        if mode == "raise":
            raise ValueError
        if mode == "return":
            return log
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log


for m in ["ok", "raise", "return"]:
    print(m, run(m))


# exception in else is not caught by the same try's handlers
def else_raises():
    try:
        pass
    except ZeroDivisionError:
        return "handled"
    else:
        1 / 0


try:
    else_raises()
except ZeroDivisionError:
    print("else exception propagated")


# exception inside except handler propagates after finally
def handler_raises():
    try:
        raise KeyError("a")
    except KeyError:
        raise IndexError("b")
    finally:
        print("finally runs")


try:
    handler_raises()
except IndexError as e:
    print("got", repr(e), "context", repr(e.__context__))
# nested try in loops with break in else
for i in range(3):
    try:
        if i == 1:
            raise ValueError(i)
    except ValueError:
        print("caught at", i)
        continue
    else:
        if i == 2:
            break
        print("else at", i)
    finally:
        print("finally at", i)
