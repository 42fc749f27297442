# assertRaises / assertRaisesRegex: callable and context-manager forms.
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def boom(x, y=0):
    raise ValueError("bad value %d" % (x + y))


def quiet(*a, **k):
    return 1


def attempt(label, f):
    try:
        r = f()
    except AssertionError as e:
        print(label, "-> AssertionError:", e)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "-> ok", r)


attempt("callable", lambda: t.assertRaises(ValueError, boom, 1, y=2))
attempt("callable base", lambda: t.assertRaises(Exception, boom, 1))
attempt("tuple", lambda: t.assertRaises((KeyError, ValueError), boom, 1))
attempt("not raised", lambda: t.assertRaises(ValueError, quiet, 1))
attempt("not raised lambda", lambda: t.assertRaises(ValueError, lambda: 0))
attempt("wrong exc", lambda: t.assertRaises(KeyError, boom, 1))
attempt("not exc type", lambda: t.assertRaises(5, boom))
attempt("bad kw", lambda: t.assertRaises(ValueError, foo=1))

with t.assertRaises(ZeroDivisionError) as cm:
    1 / 0
print(type(cm.exception).__name__, cm.exception, cm.exception.args)

with t.assertRaises(LookupError) as cm:
    {}["k"]
print(type(cm.exception).__name__, repr(cm.exception))


def ctx_not_raised():
    with t.assertRaises(TypeError):
        pass


def ctx_tuple_not_raised():
    with t.assertRaises((TypeError, KeyError)):
        pass


def ctx_msg():
    with t.assertRaises(TypeError, msg="expected a TypeError"):
        pass


def ctx_other():
    with t.assertRaises(TypeError):
        raise KeyError("other")


attempt("ctx not raised", ctx_not_raised)
attempt("ctx tuple not raised", ctx_tuple_not_raised)
attempt("ctx msg", ctx_msg)
attempt("ctx other", ctx_other)

attempt("regex ok", lambda: t.assertRaisesRegex(ValueError, r"value \d", boom, 4))
attempt("regex mismatch", lambda: t.assertRaisesRegex(ValueError, "^value", boom, 4))
attempt("regex not raised", lambda: t.assertRaisesRegex(ValueError, "x", quiet))


def rx_ctx():
    with t.assertRaisesRegex(KeyError, "miss") as cm:
        raise KeyError("missing")
    return cm.exception.args


def rx_ctx_fail():
    with t.assertRaisesRegex(OSError, "[0-9]+"):
        raise OSError("no digits")


attempt("regex ctx", rx_ctx)
attempt("regex ctx fail", rx_ctx_fail)


class MyError(Exception):
    pass


def sub_ctx():
    with t.assertRaises(Exception) as cm:
        raise MyError(1, 2)
    return type(cm.exception).__name__, cm.exception.args


attempt("subclass", sub_ctx)

with t.assertRaises(ValueError) as cm:
    boom(2)
print(cm.exception.__traceback__, cm.expected.__name__)
