# finally interacting with return/break/continue and exceptions
def f1():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(f1())
def f2():
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
        finally:
            if i == 1:
                break
    return i
print(f2())
def f3():
    log = []
    for i in range(3):
        try:
            try:
                if i == 0:
                    continue
                log.append(("body", i))
            finally:
                log.append(("inner", i))
        finally:
            log.append(("outer", i))
    return log
print(f3())
def f4():
    x = 0
    try:
        x = 1
        return x
    finally:
        x = 2
        print("finally sees", x)
print(f4())
def f5():
    try:
        try:
            raise ValueError("a")
        finally:
            print("cleanup a")
    except ValueError as e:
        print("caught", e)
        return "handled"
    finally:
        print("cleanup outer")
print(f5())
def f6():
    try:
        return "try"
    except Exception:
        return "except"
    else:
        return "else"
print(f6())
def f7():
    try:
        pass
    except Exception:
        return "except"
    else:
        return "else"
    finally:
        print("f7 finally")
print(f7())
def f8(n):
    while True:
        try:
            n -= 1
            if n < 0:
                return "done"
        finally:
            print("loop finally", n)
print(f8(2))
def f9():
    try:
        raise TypeError("first")
    except TypeError:
        try:
            raise ValueError("second")
        except ValueError as e:
            print("inner", e)
        print("still handling first")
        return "ok"
print(f9())
def f10():
    try:
        1 / 0
    except ZeroDivisionError:
        pass
    try:
        raise
    except RuntimeError as e:
        return "RuntimeError"
print(f10())
