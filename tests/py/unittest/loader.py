# TestLoader: method discovery and ordering, suites, TestCase identity.
import sys
import unittest


class Base(unittest.TestCase):
    def test_b(self):
        pass

    def test_a(self):
        pass

    def test_B(self):
        pass

    test_value = 5

    def helper(self):
        pass

    def testNoUnderscore(self):
        pass


class Derived(Base):
    def test_c(self):
        pass

    def test_a(self):
        pass


class RunTestOnly(unittest.TestCase):
    def runTest(self):
        pass


class NoTests(unittest.TestCase):
    pass


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Base))
print(loader.getTestCaseNames(Derived))
print(loader.getTestCaseNames(RunTestOnly))
print(unittest.defaultTestLoader.getTestCaseNames(NoTests))

s = loader.loadTestsFromTestCase(Derived)
print(type(s).__name__, s.countTestCases())
print([t.id() for t in s])
print(list(loader.loadTestsFromTestCase(RunTestOnly)))
print(list(loader.loadTestsFromTestCase(NoTests)))

s = loader.loadTestsFromModule(sys.modules[__name__])
print(s.countTestCases(), [type(x).__name__ for x in s])
for sub in s:
    print(" ", [t.id() for t in sub])

l2 = unittest.TestLoader()
l2.testMethodPrefix = "help"
print(l2.getTestCaseNames(Base))
l2 = unittest.TestLoader()
l2.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)
print(l2.getTestCaseNames(Base))
l2.sortTestMethodsUsing = None
print(sorted(l2.getTestCaseNames(Base)))
l2 = unittest.TestLoader()
l2.testNamePatterns = ["*test_a", "*Derived.test_c"]
print(l2.getTestCaseNames(Base), l2.getTestCaseNames(Derived))

print([t.id() for t in loader.loadTestsFromName("Base.test_b", sys.modules[__name__])])
print([t.id() for t in loader.loadTestsFromName("Derived", sys.modules[__name__])])
print(loader.loadTestsFromNames(["Base.test_a", "RunTestOnly"], sys.modules[__name__]).countTestCases())
try:
    loader.loadTestsFromTestCase(unittest.TestSuite)
except TypeError as e:
    print("TypeError:", e)

t = Base("test_a")
print(str(t))
print(repr(t))
print(t.id(), t.countTestCases(), t.shortDescription())
print(t == Base("test_a"), t == Base("test_b"), t == Derived("test_a"), hash(t) == hash(Base("test_a")))
try:
    Base("nope")
except ValueError as e:
    print("ValueError:", e)
print(repr(RunTestOnly()))

suite = unittest.TestSuite([Base("test_a")])
suite.addTest(Base("test_b"))
suite.addTests([Derived("test_c"), unittest.TestSuite()])
print(suite.countTestCases(), len(list(suite)))
print(repr(unittest.TestSuite([Base("test_a")])))
print(unittest.TestSuite([Base("test_a")]) == unittest.TestSuite([Base("test_a")]))
for bad in (5, Base, "abc"):
    try:
        if isinstance(bad, str):
            suite.addTests(bad)
        else:
            suite.addTest(bad)
    except TypeError as e:
        print("TypeError:", e)

ft = unittest.FunctionTestCase(lambda: None, description="a function test")
print(ft.shortDescription(), ft.countTestCases())

# a BaseTestSuite nested in a TestSuite is run as a suite
log = []


class N(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("N.setUpClass")

    def test_n(self):
        log.append("N.test_n")


outer = unittest.TestSuite([unittest.BaseTestSuite([N("test_n")]), N("test_n")])
r = unittest.TestResult()
outer.run(r)
print(log, r.testsRun)
print(callable(unittest.removeHandler(len)), unittest.removeResult(r))
