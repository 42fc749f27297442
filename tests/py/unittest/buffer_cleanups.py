# buffer=True captures output of tests (shown only for failing tests);
# enterContext / enterClassContext / addCleanup arguments.
import sys
import unittest
from _uthelp import run, counts


class B(unittest.TestCase):
    def test_quiet_pass(self):
        print("hidden stdout")
        sys.stderr.write("hidden stderr\n")

    def test_loud_fail(self):
        print("shown stdout")
        print("no newline", end="")
        self.fail("boom")

    def test_loud_error(self):
        sys.stderr.write("shown stderr")
        raise ValueError("bad")


print("before")
r = run(B, buffer=True)
counts(r)
print("after")
print(sys.stdout is sys.__stdout__)
for t, tb in r.failures + r.errors:
    print(t.id())
    print(tb.split("\n", 2)[-1].split("Error:", 1)[-1])

log = []


class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        log.append("enter " + self.name)
        return self.name.upper()

    def __exit__(self, *exc):
        log.append("exit %s %r" % (self.name, exc))
        return False


class E(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.value = cls.enterClassContext(CM("cls"))

    def setUp(self):
        self.v = self.enterContext(CM("test"))
        self.addCleanup(lambda *a, **k: log.append("cleanup %r %r" % (a, k)), 1, 2, key="v")

    def test_values(self):
        log.append("test sees %s %s" % (self.value, self.v))

    def test_not_cm(self):
        try:
            self.enterContext(5)
        except TypeError as e:
            log.append("TypeError: %s" % e)


r = run(E)
counts(r)
print("\n".join(log))
