# Helpers for the unittest tests: run test classes with a TextTestRunner
# writing to a StringIO, and print its report without the parts that vary
# (timing, traceback source lines).
import io
import re
import unittest


def clean(text):
    out = []
    in_file = False
    for line in text.split("\n"):
        if line.startswith('  File "'):
            # keep the function name only
            out.append("  File ..., in " + line.rsplit(", in ", 1)[-1])
            in_file = True
            continue
        if in_file and line.startswith("    "):
            continue
        in_file = False
        out.append(line)
    text = "\n".join(out)
    return re.sub(r" in \d+\.\d+s\n", " in X.XXXs\n", text)


def run(*tests, verbosity=1, show=True, **kw):
    suite = unittest.TestSuite()
    loader = unittest.TestLoader()
    for t in tests:
        if isinstance(t, type):
            suite.addTest(loader.loadTestsFromTestCase(t))
        else:
            suite.addTest(t)
    s = io.StringIO()
    r = unittest.TextTestRunner(stream=s, verbosity=verbosity, **kw).run(suite)
    if show:
        print(clean(s.getvalue()))
    return r


def counts(r):
    print(
        "run=%d failures=%d errors=%d skipped=%d xfail=%d xpass=%d ok=%s"
        % (
            r.testsRun,
            len(r.failures),
            len(r.errors),
            len(r.skipped),
            len(r.expectedFailures),
            len(r.unexpectedSuccesses),
            r.wasSuccessful(),
        )
    )
