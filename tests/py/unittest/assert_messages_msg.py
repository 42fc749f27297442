# msg= combined with the standard message (longMessage True/False),
# failureException overrides and addTypeEqualityFunc.
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


class Short(T):
    longMessage = False


class MyErr(Exception):
    pass


class Custom(T):
    failureException = MyErr


def show(t, name, *args, **kw):
    try:
        getattr(t, name)(*args, **kw)
    except Exception as e:
        print(type(t).__name__, name, type(e).__name__, repr(str(e)))
    else:
        print(type(t).__name__, name, "passed")


for t in (T(), Short()):
    show(t, "assertEqual", 1, 2, msg="extra")
    show(t, "assertEqual", 1, 2, "positional")
    show(t, "assertEqual", 1, 2)
    show(t, "assertTrue", False, "why")
    show(t, "assertIn", 1, [], msg="not there")
    show(t, "assertIsNone", 0, msg="")
    show(t, "assertListEqual", [1], [2], msg="lists")
    show(t, "assertAlmostEqual", 1.0, 1.5, msg="near")
    show(t, "assertRegex", "abc", "z", msg="rx")
    show(t, "assertEqual", {1: 2}, {1: 3}, msg="dicts")
    show(t, "assertSetEqual", {1}, {2}, msg="sets")

c = Custom()
show(c, "assertEqual", 1, 2)
show(c, "fail", "boom")
try:
    with c.assertRaises(KeyError):
        pass
except MyErr as e:
    print("MyErr", e)


class Pt:
    def __init__(self, x):
        self.x = x

    def __repr__(self):
        return "Pt(%d)" % self.x


def pt_eq(a, b, msg=None):
    if a.x != b.x:
        raise AssertionError("points differ: %d vs %d" % (a.x, b.x))


t = T()
t.addTypeEqualityFunc(Pt, pt_eq)
show(t, "assertEqual", Pt(1), Pt(1))
show(t, "assertEqual", Pt(1), Pt(2))
show(T(), "assertEqual", Pt(1), Pt(1))
