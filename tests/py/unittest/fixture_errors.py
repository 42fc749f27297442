# Errors in class and module fixtures are reported as ERROR entries with
# the fixture's name; skipped classes get no class fixtures.
import sys
import unittest
from _uthelp import run, counts

log = []


class BadSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("BadSetUpClass.setUpClass")
        raise ValueError("class setup")

    @classmethod
    def tearDownClass(cls):
        log.append("never")

    def test_a(self):
        log.append("never")


class BadTearDownClass(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        log.append("BadTearDownClass.tearDownClass")
        raise KeyError("class teardown")

    def test_a(self):
        log.append("BadTearDownClass.test_a")


class SkipInSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest("not today")

    def test_a(self):
        log.append("never")


@unittest.skip("whole class")
class SkippedClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("never")

    def test_a(self):
        log.append("never")

    def test_b(self):
        log.append("never")


class ClassCleanups(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.addClassCleanup(log.append, "class cleanup")

    def test_a(self):
        log.append("ClassCleanups.test_a")


r = run(BadSetUpClass, BadTearDownClass, SkipInSetUpClass, SkippedClass, ClassCleanups, verbosity=2)
print("\n".join(log))
counts(r)
for t, tb in r.errors:
    print(repr(str(t)), t.id(), t.shortDescription(), tb.strip().split("\n")[-1])
print(r.skipped[0][0], r.skipped[0][1])

# module fixtures: a fake module registered in sys.modules
mod = type(sys)("fakemod")
mlog = []


def setUpModule():
    mlog.append("setUpModule")
    raise RuntimeError("module setup")


def tearDownModule():
    mlog.append("never")


mod.setUpModule = setUpModule
mod.tearDownModule = tearDownModule
sys.modules["fakemod"] = mod


class InMod(unittest.TestCase):
    def test_x(self):
        mlog.append("never")


InMod.__module__ = "fakemod"
r = run(InMod)
counts(r)
print(mlog)


def tearDownModule2():
    mlog.append("tearDownModule2")
    raise RuntimeError("module teardown")


mod.setUpModule = lambda: mlog.append("setUpModule2")
mod.tearDownModule = tearDownModule2
unittest.addModuleCleanup(mlog.append, "module cleanup")
r = run(InMod)
counts(r)
print(mlog)
