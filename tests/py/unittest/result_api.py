# TestResult used directly: counters, lists, wasSuccessful, repr, failfast,
# custom result subclasses, and errors vs failures.
import unittest


class T(unittest.TestCase):
    def test_1_ok(self):
        pass

    def test_2_fail(self):
        self.assertEqual([1], [2])

    def test_3_error(self):
        raise TypeError("oops")

    def test_4_assert_stmt(self):
        assert 1 == 2, "plain assert"

    def test_5_sysexit(self):
        raise SystemExit(3)

    def test_6_ok(self):
        pass


suite = unittest.defaultTestLoader.loadTestsFromTestCase(T)
r = unittest.TestResult()
print(repr(r), r.wasSuccessful(), r.shouldStop)
suite.run(r)
print(repr(r), r.testsRun, r.wasSuccessful())
for t, tb in r.failures:
    print("failure", t.id(), tb.strip().split("\n")[-1])
for t, tb in r.errors:
    print("error", t.id(), tb.strip().split("\n")[-1])
print(tb.startswith("Traceback (most recent call last):\n"), tb.endswith("\n"))
print(suite.countTestCases(), list(suite))

r = unittest.TestResult()
r.failfast = True
unittest.defaultTestLoader.loadTestsFromTestCase(T).run(r)
print("failfast:", r.testsRun, r.shouldStop, len(r.failures), len(r.errors))

r = unittest.TestResult()
r.stop()
unittest.defaultTestLoader.loadTestsFromTestCase(T).run(r)
print("stopped:", r.testsRun)


class Recorder(unittest.TestResult):
    def startTestRun(self):
        print("startTestRun")

    def stopTestRun(self):
        print("stopTestRun")

    def startTest(self, test):
        super().startTest(test)
        print("start", test.id())

    def stopTest(self, test):
        super().stopTest(test)
        print("stop", test.id())

    def addSuccess(self, test):
        print("success", test.id())

    def addFailure(self, test, err):
        super().addFailure(test, err)
        print("failure", test.id(), err[0].__name__, err[1])

    def addError(self, test, err):
        super().addError(test, err)
        print("error", test.id(), err[0].__name__, err[1])


r = Recorder()
unittest.defaultTestLoader.loadTestsFromTestCase(T).run(r)
print(r.testsRun)

# TestCase.run() without a result creates one and calls start/stopTestRun
res = T("test_2_fail").run()
print(type(res).__name__, res.testsRun, len(res.failures))
res = T("test_1_ok")()
print(res.wasSuccessful())
r = Recorder()
T("test_3_error").run(r)
T("test_1_ok").debug()
try:
    T("test_3_error").debug()
except TypeError as e:
    print("debug raised", e)
