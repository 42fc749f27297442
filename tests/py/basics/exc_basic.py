# try/except/else/finally flow
def f(x):
    try:
        print("try", x)
        if x == 1:
            raise ValueError("one")
        if x == 2:
            raise TypeError("two")
        if x == 3:
            return "ret3"
    except ValueError as e:
        print("except ValueError", e)
        return "from except"
    except (TypeError, KeyError) as e:
        print("except tuple", type(e).__name__, e)
    else:
        print("else")
    finally:
        print("finally")
    return "end"
for i in range(4):
    print(f(i))
def fin_override():
    try:
        return 1
    finally:
        return 2
print(fin_override())
def fin_in_loop():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
print(fin_in_loop())
try:
    try:
        raise KeyError("inner")
    finally:
        print("inner finally")
except KeyError as e:
    print("outer caught", e)
try:
    raise ValueError
except ValueError as e:
    print("bare class raised", repr(e), e.args)
try:
    raise ValueError("a", 1)
except Exception as e:
    print(e.args, str(e), repr(e))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        print("handling")
        raise
except ZeroDivisionError as e:
    print("re-raised", e)
def nested():
    try:
        raise IndexError("deep")
    except KeyError:
        print("wrong handler")
try:
    nested()
except LookupError as e:
    print("LookupError base caught", type(e).__name__)
e = None
try:
    raise OSError("x")
except OSError as exc:
    e = exc
print(type(e).__name__)
try:
    exc
except NameError:
    print("exc unbound after except")
try:
    pass
except Exception:
    print("never")
else:
    print("else without exception")
finally:
    print("finally always")
