# The failure message of each basic assert method.
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def check(name, *args, **kw):
    try:
        getattr(t, name)(*args, **kw)
    except AssertionError as e:
        print(name, "->", type(e).__name__ + ":", e)
    else:
        print(name, "-> passed")


check("assertEqual", 1, 2)
check("assertEqual", 1, 1)
check("assertEqual", 1, 1.0)
check("assertEqual", "a", b"a")
check("assertEqual", None, 0)
check("assertNotEqual", 3, 3)
check("assertNotEqual", 3, 4)
check("assertTrue", 0)
check("assertTrue", [])
check("assertTrue", [1])
check("assertFalse", 1)
check("assertFalse", "x")
check("assertFalse", None)
check("assertIs", 1, None)
check("assertIs", None, None)
check("assertIsNot", None, None)
check("assertIsNone", 5)
check("assertIsNone", None)
check("assertIsNotNone", None)
check("assertIn", 3, [1, 2])
check("assertIn", "z", "abc")
check("assertIn", 1, {1: 2})
check("assertNotIn", 1, [1, 2])
check("assertNotIn", "b", "abc")
check("assertIsInstance", 1, str)
check("assertIsInstance", 1, (str, float))
check("assertIsInstance", 1, int)
check("assertNotIsInstance", 1, int)
check("assertNotIsInstance", True, (int,))
check("assertGreater", 1, 2)
check("assertGreater", 2, 1)
check("assertGreaterEqual", 1, 2)
check("assertLess", 2, 1)
check("assertLess", "b", "a")
check("assertLessEqual", 3, 2)
check("assertRegex", "hello", "x+y")
check("assertRegex", "hello", "l+")
check("assertNotRegex", "hello world", "o w")
check("assertNotRegex", "hello", "z")
check("fail")
check("fail", "custom")
try:
    t.fail()
except AssertionError as e:
    print(e.args)
print(T.failureException, T.longMessage, T.maxDiff)
