# skip / skipIf / skipUnless / expectedFailure on methods and classes,
# skipTest and SkipTest, at verbosity 1 and 2.
import unittest
from _uthelp import run, counts

log = []


class S(unittest.TestCase):
    def setUp(self):
        log.append("setUp " + self._testMethodName)

    @unittest.skip("plain skip")
    def test_a(self):
        log.append("never")

    @unittest.skipIf(True, "if true")
    def test_b(self):
        log.append("never")

    @unittest.skipIf(False, "if false")
    def test_c(self):
        log.append("test_c runs")

    @unittest.skipUnless(False, "unless false")
    def test_d(self):
        log.append("never")

    @unittest.skipUnless(1, "unless true")
    def test_e(self):
        log.append("test_e runs")

    def test_f(self):
        self.skipTest("skipTest called")
        log.append("never")

    def test_g(self):
        raise unittest.SkipTest("raised SkipTest")

    @unittest.expectedFailure
    def test_h(self):
        self.assertEqual(1, 0)

    @unittest.expectedFailure
    def test_i(self):
        raise IndexError("errors count as expected failures too")

    @unittest.expectedFailure
    def test_j(self):
        pass

    @unittest.skip
    def test_k(self):
        log.append("never")


class SkipInSetUp(unittest.TestCase):
    def setUp(self):
        self.skipTest("from setUp")

    def tearDown(self):
        log.append("never")

    def test_x(self):
        log.append("never")


@unittest.skipIf(True, "class skipped")
class SkippedClass(unittest.TestCase):
    def setUp(self):
        log.append("never")

    def test_1(self):
        pass

    def test_2(self):
        pass


@unittest.skipUnless(True, "not skipped")
class NotSkipped(unittest.TestCase):
    def test_1(self):
        log.append("NotSkipped.test_1")


@unittest.expectedFailure
class XFailClass(unittest.TestCase):
    def test_fails(self):
        self.fail()

    def test_passes(self):
        pass


r = run(S, SkipInSetUp, SkippedClass, NotSkipped, XFailClass)
counts(r)
r = run(S, SkipInSetUp, SkippedClass, NotSkipped, XFailClass, verbosity=2)
counts(r)
print("\n".join(log))
for t, reason in r.skipped:
    print(t.id(), repr(reason))
for t, tb in r.expectedFailures:
    print(t.id(), tb.strip().split("\n")[-1])
print([t.id() for t in r.unexpectedSuccesses])
print(S.test_a.__name__, S.test_a.__unittest_skip__, S.test_a.__unittest_skip_why__)
print(S.test_h.__unittest_expecting_failure__, SkippedClass.__unittest_skip_why__)
print(issubclass(unittest.SkipTest, Exception), unittest.SkipTest("r").args)
