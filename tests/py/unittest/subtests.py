# subTest: each failing subtest is reported with its parameters.
import unittest
from _uthelp import run, counts


class T(unittest.TestCase):
    def test_params(self):
        for i in range(5):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

    def test_msg(self):
        with self.subTest("first"):
            self.assertTrue(True)
        with self.subTest("second", x=1, y="a"):
            self.assertTrue(False)
        with self.subTest():
            raise ValueError("no params")

    def test_nested(self):
        with self.subTest(a=1):
            with self.subTest(b=2):
                with self.subTest(a=3, c=4):
                    self.fail("deep")

    def test_all_pass(self):
        for i in range(3):
            with self.subTest(i=i):
                pass

    def test_after(self):
        with self.subTest(k="v"):
            self.fail("sub")
        self.fail("after subtest")

    def test_skip_in_subtest(self):
        with self.subTest(n=1):
            self.skipTest("inner skip")
        with self.subTest(n=2):
            pass


r = run(T)
counts(r)
r = run(T, verbosity=2)
for t, tb in r.failures + r.errors:
    print(type(t).__name__, repr(str(t)), "|", t.id(), "|", tb.strip().split("\n")[-1])
for t, reason in r.skipped:
    print("skipped", t.id(), reason)

# subTest outside a run is a no-op context
t = T("test_params")
with t.subTest(x=1):
    print("outside run ok")
try:
    with t.subTest(x=2):
        raise KeyError("propagates")
except KeyError as e:
    print("KeyError", e)

# failfast stops at the first failing subtest
r = run(T("test_params"), failfast=True, show=False)
counts(r)
