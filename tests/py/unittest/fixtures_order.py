# Order of setUp/tearDown, cleanups, class and module fixtures.
import unittest
from _uthelp import run, counts

log = []


def setUpModule():
    log.append("setUpModule")


def tearDownModule():
    log.append("tearDownModule")


class A(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("A.setUpClass")
        cls.shared = [1]

    @classmethod
    def tearDownClass(cls):
        log.append("A.tearDownClass")

    def setUp(self):
        log.append("A.setUp " + self._testMethodName)
        self.addCleanup(log.append, "cleanup1 " + self._testMethodName)
        self.addCleanup(self.cleanup2, "x", y=2)

    def cleanup2(self, a, y):
        log.append("cleanup2 %s %s" % (a, y))

    def tearDown(self):
        log.append("A.tearDown " + self._testMethodName)

    def test_one(self):
        log.append("A.test_one shared=%r" % self.shared)

    def test_two(self):
        log.append("A.test_two")
        self.fail("two fails")

    def test_three(self):
        log.append("A.test_three")
        raise RuntimeError("three errors")


class B(unittest.TestCase):
    def setUp(self):
        log.append("B.setUp")
        raise ValueError("setUp broke")

    def tearDown(self):
        log.append("B.tearDown (never)")

    def test_b(self):
        log.append("B.test_b (never)")


class C(unittest.TestCase):
    def test_c(self):
        log.append("C.test_c")
        self.addCleanup(self.bad_cleanup)
        self.addCleanup(log.append, "C cleanup ok")

    def bad_cleanup(self):
        log.append("C bad cleanup")
        raise KeyError("cleanup")

    def tearDown(self):
        log.append("C.tearDown")
        raise OSError("tearDown broke")


class D(unittest.TestCase):
    def test_ok(self):
        log.append("D.test_ok")
        self.assertTrue(self.doCleanups())


r = run(A, B, C, D)
print("\n".join(log))
counts(r)
for t, tb in r.errors + r.failures:
    print(t, "|", tb.strip().split("\n")[-1])
