# TestLoader.discover: test*.py files and packages below a start folder.
import os
import unittest
from _uthelp import run, counts

here = os.path.dirname(os.path.abspath(__file__))
loader = unittest.TestLoader()
suite = loader.discover(os.path.join(here, "discdata"))
print(suite.countTestCases())


def ids(s):
    for t in s:
        if isinstance(t, unittest.TestSuite):
            yield from ids(t)
        else:
            yield t.id()


print(list(ids(suite)))
print(len(loader.errors), loader.errors[0].split("\n")[0])
r = run(suite, show=False)
counts(r)
for t, tb in r.errors + r.failures:
    print(t.id(), "|", tb.split("\n")[0], "|", tb.strip().split("\n")[-1])

suite = unittest.TestLoader().discover(os.path.join(here, "discdata"), pattern="test_a*.py")
print(list(ids(suite)))
