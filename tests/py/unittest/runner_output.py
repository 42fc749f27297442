# TextTestRunner report: verbosities 0/1/2, docstring descriptions,
# chained exceptions, failures in setUp/tearDown, descriptions=False.
import unittest
from _uthelp import run, counts


def helper():
    raise ValueError("from helper")


class R(unittest.TestCase):
    def test_doc(self):
        """First line of the doc.

        More details."""
        self.assertEqual(1, 1)

    def test_doc_fail(self):
        """  Leading spaces.  """
        self.assertEqual("a", "b")

    def test_chain(self):
        try:
            helper()
        except ValueError:
            raise KeyError("during handling")

    def test_cause(self):
        try:
            helper()
        except ValueError as e:
            raise RuntimeError("wrapped") from e

    def test_suppressed(self):
        try:
            helper()
        except ValueError:
            raise OSError("suppressed context") from None

    def test_assert_in_helper(self):
        self.check_positive(-1)

    def check_positive(self, n):
        self.assertGreater(n, 0)

    def test_nested_call_error(self):
        helper()


class TD(unittest.TestCase):
    def tearDown(self):
        self.assertTrue(False, "in tearDown")

    def test_ok_then_teardown_fails(self):
        pass

    def test_fail_and_teardown_fails(self):
        self.fail("in test")


for v in (0, 1, 2):
    print("=== verbosity", v)
    r = run(R, TD, verbosity=v)
    counts(r)
print("=== descriptions=False")
run(R("test_doc"), R("test_doc_fail"), verbosity=2, descriptions=False)
print("=== no tests")
run(verbosity=2)
print("=== single test")
run(R("test_doc"))
