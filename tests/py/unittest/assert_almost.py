# assertAlmostEqual / assertNotAlmostEqual with places and delta.
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def check(name, *args, **kw):
    try:
        getattr(t, name)(*args, **kw)
    except AssertionError as e:
        print(name, args, kw, "->", e)
    except TypeError as e:
        print(name, args, kw, "-> TypeError:", e)
    else:
        print(name, args, kw, "-> passed")


check("assertAlmostEqual", 1.0, 1.00000001)
check("assertAlmostEqual", 1.0, 1.1)
check("assertAlmostEqual", 1.0, 1.1, places=0)
check("assertAlmostEqual", 1.0, 1.1, 1)
check("assertAlmostEqual", 1.0, 1.25, places=1)
check("assertAlmostEqual", 10, 12, delta=2)
check("assertAlmostEqual", 10, 13, delta=2)
check("assertAlmostEqual", 10.0, 10.5, delta=0.25)
check("assertAlmostEqual", 1, 2, places=1, delta=1)
check("assertAlmostEqual", 5, 5)
check("assertAlmostEqual", float("inf"), float("inf"))
check("assertAlmostEqual", 1 + 1j, 1 + 1.00000001j)
check("assertNotAlmostEqual", 1.0, 1.00000001)
check("assertNotAlmostEqual", 1.0, 1.1)
check("assertNotAlmostEqual", 1.0, 1.1, places=0)
check("assertNotAlmostEqual", 3, 3)
check("assertNotAlmostEqual", 10, 12, delta=2)
check("assertNotAlmostEqual", 10, 13, delta=2)
check("assertNotAlmostEqual", 1, 2, places=1, delta=1)
