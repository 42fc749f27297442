# unittest.main(): discovery in __main__, argv handling, exit status.
import io
import sys
import unittest
from _uthelp import clean


class Good(unittest.TestCase):
    def test_ok(self):
        pass

    def test_ok2(self):
        self.assertEqual(2, 2)


class Bad(unittest.TestCase):
    def test_fail(self):
        self.assertIn(3, [1, 2])

    def test_error(self):
        {}["missing"]


def main(**kw):
    old = sys.stderr
    sys.stderr = io.StringIO()
    code = "no exit"
    prog = None
    try:
        prog = unittest.main(**kw)
    except SystemExit as e:
        code = e.code
    finally:
        text = sys.stderr.getvalue()
        sys.stderr = old
    print(clean(text))
    print("exit code:", repr(code))
    return prog


main(argv=["prog"])
main(argv=["prog", "Good"])
main(argv=["prog", "Good.test_ok2", "Bad.test_error"])
main(argv=["prog", "-v", "Good"])
main(argv=["prog", "-q", "Bad"])
main(argv=["prog", "-k", "ok2"])
main(argv=["prog", "-k", "*fail"])
p = main(argv=["prog", "Bad"], exit=False)
print(type(p.result).__name__, p.result.testsRun, len(p.result.failures), len(p.result.errors))
p = main(argv=["prog", "Good"], exit=False, verbosity=2)
print(p.result.wasSuccessful())
main(argv=["prog", "-f", "Bad"])
main(argv=["prog"], defaultTest="Good")
main(argv=["prog"], defaultTest=["Good.test_ok"])


class Empty:
    pass


m = type(sys)("emptymod")
main(module=m, argv=["prog"])
print(unittest.main is unittest.TestProgram)
