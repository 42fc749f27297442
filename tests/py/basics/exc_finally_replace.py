# exceptions raised in except/finally replace or chain with the original
def a():
    try:
        raise ValueError("original")
    finally:
        raise TypeError("from finally")
try:
    a()
except Exception as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
def b():
    try:
        raise ValueError("v")
    except ValueError:
        raise KeyError("k")
try:
    b()
except Exception as e:
    print(type(e).__name__, e, type(e.__context__).__name__, e.__context__)
def c():
    try:
        return "value"
    finally:
        try:
            raise RuntimeError("swallowed")
        except RuntimeError:
            pass
print(c())
def d():
    try:
        raise IndexError("inner")
    except IndexError as e:
        err = e
    return err
e = d()
print(type(e).__name__, e.args)
def nested_handlers():
    log = []
    try:
        try:
            raise ValueError("A")
        except ValueError as e:
            log.append("caught " + str(e))
            try:
                raise TypeError("B")
            except TypeError as e2:
                log.append("caught " + str(e2))
            log.append("after inner")
            raise
    except ValueError as e:
        log.append("outer got " + str(e))
    return log
print(nested_handlers())
def loop_errors():
    results = []
    for v in ["1", "x", "3", None, "5"]:
        try:
            results.append(int(v))
        except ValueError:
            results.append("bad")
            continue
        except TypeError:
            results.append("none")
            break
        finally:
            results.append("|")
    return results
print(loop_errors())
