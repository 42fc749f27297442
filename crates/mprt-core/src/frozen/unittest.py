"""unittest: test cases, suites, loader, results and a text runner
(frozen; behaves like CPython 3.11's unittest for the common subset)."""

import sys

def _here():
    try:
        raise Exception
    except Exception as e:
        return e.__traceback__.tb_frame.f_code.co_filename

_FILE = _here()
_MAX = 80
_SENT = object()

class SkipTest(Exception):
    pass

class _ShouldStop(Exception):
    pass

# ---------------------------------------------------------------- reprs

def safe_repr(obj, short=False):
    try:
        r = repr(obj)
    except Exception:
        r = object.__repr__(obj)
    if short and len(r) >= _MAX:
        r = r[:_MAX] + " [truncated]..."
    return r

def strclass(cls):
    return "%s.%s" % (cls.__module__, cls.__qualname__)

def _elide(s, head, tail):
    n = len(s) - head - tail
    if n > 12:
        return "%s[%d chars]%s" % (s[:head], n, s[len(s) - tail :])
    return s

def _short_reprs(*objs):
    rs = [safe_repr(o) for o in objs]
    longest = max(len(r) for r in rs)
    if longest <= _MAX:
        return tuple(rs)
    p = 0
    first = rs[0]
    while p < len(first) and all(len(r) > p and r[p] == first[p] for r in rs):
        p += 1
    pre = first[:p]
    room = _MAX - (longest - p + 5 + 12)
    if room > 5:
        pre = _elide(pre, 5, room)
        return tuple(pre + r[p:] for r in rs)
    pre = _elide(pre, 5, 5)
    return tuple(pre + _elide(r[p:], 41, 5) for r in rs)

# ------------------------------------------------------- pformat / ndiff

def _items(d):
    items = list(d.items())
    try:
        items.sort(key=lambda kv: kv[0])
    except TypeError:
        pass
    return items


def _srepr(o):
    # repr() with dict keys sorted, like pprint
    t = type(o)
    if t is dict:
        return "{" + ", ".join("%s: %s" % (_srepr(k), _srepr(v)) for k, v in _items(o)) + "}"
    if (t is list or t is tuple) and o:
        r = ", ".join(_srepr(x) for x in o)
        return "[%s]" % r if t is list else "(%s,)" % r if len(o) == 1 else "(%s)" % r
    return repr(o)


def _pformat(o, ind=0, tail=0):
    r = _srepr(o)
    if len(r) + ind + tail <= 80 or not o or not isinstance(o, (list, tuple, dict, set, frozenset)):
        return r
    if isinstance(o, dict):
        parts = []
        items = _items(o)
        for i, (k, v) in enumerate(items):
            kr = repr(k) + ": "
            parts.append(kr + _pformat(v, ind + 1 + len(kr), tail + 1 if i == len(items) - 1 else 1))
        op, cl = "{", "}"
    else:
        elems = list(o)
        if isinstance(o, (set, frozenset)):
            try:
                elems.sort()
            except TypeError:
                pass
        if isinstance(o, list):
            op, cl = "[", "]"
        elif isinstance(o, tuple):
            op, cl = "(", ",)" if len(o) == 1 else ")"
        elif type(o) is set:
            op, cl = "{", "}"
        else:
            op, cl = type(o).__name__ + "({", "})"
        parts = [_pformat(e, ind + len(op), tail + len(cl) if i == len(elems) - 1 else 1) for i, e in enumerate(elems)]
    return op + (",\n" + " " * (ind + len(op))).join(parts) + cl

def _blocks(a, b, junk=None):
    """Matching blocks (i, j, n) of a and b, longest-first recursively."""
    index = {}
    for j, x in enumerate(b):
        if not (junk and junk(x)):
            index.setdefault(x, []).append(j)
    found = []
    todo = [(0, len(a), 0, len(b))]
    while todo:
        alo, ahi, blo, bhi = todo.pop()
        bi, bj, bk = alo, blo, 0
        prev = {}
        for i in range(alo, ahi):
            cur = {}
            for j in index.get(a[i], ()):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = cur[j] = prev.get(j - 1, 0) + 1
                if k > bk:
                    bi, bj, bk = i - k + 1, j - k + 1, k
            prev = cur
        if junk:
            while bi > alo and bj > blo and junk(b[bj - 1]) and a[bi - 1] == b[bj - 1]:
                bi, bj, bk = bi - 1, bj - 1, bk + 1
            while bi + bk < ahi and bj + bk < bhi and junk(b[bj + bk]) and a[bi + bk] == b[bj + bk]:
                bk += 1
        if bk:
            found.append((bi, bj, bk))
            if alo < bi and blo < bj:
                todo.append((alo, bi, blo, bj))
            if bi + bk < ahi and bj + bk < bhi:
                todo.append((bi + bk, ahi, bj + bk, bhi))
    found.sort()
    out = []
    for blk in found:
        if out and out[-1][0] + out[-1][2] == blk[0] and out[-1][1] + out[-1][2] == blk[1]:
            out[-1] = (out[-1][0], out[-1][1], out[-1][2] + blk[2])
        else:
            out.append(blk)
    out.append((len(a), len(b), 0))
    return out

def _opcodes(a, b, junk=None):
    i = j = 0
    ops = []
    for ai, bj, n in _blocks(a, b, junk):
        if i < ai and j < bj:
            ops.append(("r", i, ai, j, bj))
        elif i < ai:
            ops.append(("d", i, ai, j, bj))
        elif j < bj:
            ops.append(("i", i, ai, j, bj))
        i, j = ai + n, bj + n
        if n:
            ops.append(("e", ai, i, bj, j))
    return ops

def _ratio(a, b, junk):
    m = sum(n for _, _, n in _blocks(a, b, junk))
    return 2.0 * m / (len(a) + len(b)) if a or b else 1.0

def _wsjunk(c):
    return c in " \t"

def _tags(line, tags):
    return "".join(c if t == " " and c.isspace() else t for c, t in zip(line, tags)).rstrip()

def _ndiff_replace(a, alo, ahi, b, blo, bhi, out):
    best, bi, bj, eq = 0.74, -1, -1, None
    for j in range(blo, bhi):
        for i in range(alo, ahi):
            if a[i] == b[j]:
                if eq is None:
                    eq = (i, j)
                continue
            if len(a[i]) + len(b[j]) and 2.0 * min(len(a[i]), len(b[j])) / (len(a[i]) + len(b[j])) <= best:
                continue
            r = _ratio(a[i], b[j], _wsjunk)
            if r > best:
                best, bi, bj = r, i, j
    if best < 0.75:
        if eq is None:
            if bhi - blo < ahi - alo:
                out.extend("+ " + x for x in b[blo:bhi])
                out.extend("- " + x for x in a[alo:ahi])
            else:
                out.extend("- " + x for x in a[alo:ahi])
                out.extend("+ " + x for x in b[blo:bhi])
            return
        bi, bj = eq
    else:
        eq = None
    _ndiff_part(a, alo, bi, b, blo, bj, out)
    x, y = a[bi], b[bj]
    if eq is None:
        ta = tb = ""
        for op, i1, i2, j1, j2 in _opcodes(x, y, _wsjunk):
            if op == "r":
                ta += "^" * (i2 - i1)
                tb += "^" * (j2 - j1)
            elif op == "d":
                ta += "-" * (i2 - i1)
            elif op == "i":
                tb += "+" * (j2 - j1)
            else:
                ta += " " * (i2 - i1)
                tb += " " * (j2 - j1)
        ta, tb = _tags(x, ta), _tags(y, tb)
        out.append("- " + x)
        if ta:
            out.append("? %s\n" % ta)
        out.append("+ " + y)
        if tb:
            out.append("? %s\n" % tb)
    else:
        out.append("  " + x)
    _ndiff_part(a, bi + 1, ahi, b, bj + 1, bhi, out)

def _ndiff_part(a, alo, ahi, b, blo, bhi, out):
    if alo < ahi and blo < bhi:
        _ndiff_replace(a, alo, ahi, b, blo, bhi, out)
    elif alo < ahi:
        out.extend("- " + x for x in a[alo:ahi])
    elif blo < bhi:
        out.extend("+ " + x for x in b[blo:bhi])

def _ndiff(a, b):
    out = []
    for op, i1, i2, j1, j2 in _opcodes(a, b):
        if op == "r":
            _ndiff_replace(a, i1, i2, b, j1, j2, out)
        elif op == "e":
            out.extend("  " + x for x in a[i1:i2])
        else:
            _ndiff_part(a, i1, i2, b, j1, j2, out)
    return out

# ------------------------------------------------------------ decorators

def skip(reason):
    def deco(item):
        if not isinstance(item, type):
            inner = item

            def item(*args, **kwargs):
                raise SkipTest(reason)

            item.__name__ = inner.__name__
            item.__qualname__ = getattr(inner, "__qualname__", inner.__name__)
            item.__doc__ = inner.__doc__
        item.__unittest_skip__ = True
        item.__unittest_skip_why__ = reason
        return item

    if callable(reason) and not isinstance(reason, str):
        f, reason = reason, ""
        return deco(f)
    return deco

def _same(x):
    return x

def skipIf(condition, reason):
    return skip(reason) if condition else _same

def skipUnless(condition, reason):
    return _same if condition else skip(reason)

def expectedFailure(test_item):
    test_item.__unittest_expecting_failure__ = True
    return test_item

# -------------------------------------------------------------- outcomes

class _Outcome:
    def __init__(self, result=None):
        self.result = result
        self.success = True
        self.expecting_failure = False
        self.expected_failure = None
        self.subtests = hasattr(result, "addSubTest")

def _add_skip(result, test, reason):
    f = getattr(result, "addSkip", None)
    if f is None:
        result.addSuccess(test)
    else:
        f(test, reason)

def _add_error(result, test, info):
    if info[0] is not None and issubclass(info[0], test.failureException):
        result.addFailure(test, info)
    else:
        result.addError(test, info)

def _record(outcome, test, e, sub):
    if isinstance(e, SkipTest):
        outcome.success = False
        _add_skip(outcome.result, test, str(e))
    elif isinstance(e, _ShouldStop):
        pass
    else:
        info = (type(e), e, e.__traceback__)
        if outcome.expecting_failure:
            outcome.expected_failure = info
        else:
            outcome.success = False
            if sub:
                outcome.result.addSubTest(test.test_case, test, info)
            else:
                _add_error(outcome.result, test, info)

def _part(outcome, test, fn, *args, **kwargs):
    old = outcome.success
    outcome.success = True
    try:
        fn(*args, **kwargs)
    except KeyboardInterrupt:
        raise
    except BaseException as e:
        _record(outcome, test, e, False)
    outcome.success = outcome.success and old

class _SubTestContext:
    def __init__(self, case, msg, params):
        self.case = case
        self.msg = msg
        self.params = params
        self.on = False

    def __enter__(self):
        c = self.case
        out = c._outcome
        if out is None or not out.subtests:
            return None
        self.on = True
        self.parent = parent = c._subtest
        params = dict(self.params)
        if parent is not None:
            for k, v in parent.params.items():
                if k not in params:
                    params[k] = v
        c._subtest = _SubTest(c, self.msg, params)
        self.old = out.success
        out.success = True
        return None

    def __exit__(self, typ, e, tb):
        if not self.on:
            return False
        c = self.case
        out = c._outcome
        sub = c._subtest
        c._subtest = self.parent
        if e is None:
            if out.success:
                out.result.addSubTest(c, sub, None)
        elif isinstance(e, KeyboardInterrupt):
            return False
        else:
            _record(out, sub, e, True)
        out.success = out.success and self.old
        if not out.success:
            if out.result is not None and getattr(out.result, "failfast", False):
                raise _ShouldStop
        elif out.expected_failure:
            raise _ShouldStop
        return True

# ------------------------------------------------------------ assertions

class _RaisesContext:
    def __init__(self, expected, case, regex=None):
        self.expected = expected
        self.case = case
        if isinstance(regex, (str, bytes)):
            import re

            regex = re.compile(regex)
        self.expected_regex = regex
        self.obj_name = None
        self.msg = None

    def _fail(self, std):
        raise self.case.failureException(self.case._formatMessage(self.msg, std))

    def handle(self, name, args, kwargs):
        exp = self.expected
        ok = isinstance(exp, type) and issubclass(exp, BaseException)
        if isinstance(exp, tuple) and exp:
            ok = all(isinstance(x, type) and issubclass(x, BaseException) for x in exp)
        if not ok:
            raise TypeError("%s() arg 1 must be an exception type or tuple of exception types" % name)
        if not args:
            self.msg = kwargs.pop("msg", None)
            if kwargs:
                raise TypeError("%r is an invalid keyword argument for this function" % (next(iter(kwargs)),))
            return self
        fn = args[0]
        self.obj_name = getattr(fn, "__name__", None) or str(fn)
        with self:
            fn(*args[1:], **kwargs)
        return None

    def __enter__(self):
        return self

    def __exit__(self, typ, e, tb):
        if typ is None:
            name = getattr(self.expected, "__name__", None) or str(self.expected)
            if self.obj_name:
                self._fail("%s not raised by %s" % (name, self.obj_name))
            self._fail("%s not raised" % name)
        if not issubclass(typ, self.expected):
            return False
        self.exception = e.with_traceback(None)
        rx = self.expected_regex
        if rx is not None and not rx.search(str(e)):
            self._fail('"%s" does not match "%s"' % (rx.pattern, str(e)))
        return True

class TestCase:
    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    _diffThreshold = 2**16
    _eq_funcs = {
        dict: "assertDictEqual",
        list: "assertListEqual",
        tuple: "assertTupleEqual",
        set: "assertSetEqual",
        frozenset: "assertSetEqual",
        str: "assertMultiLineEqual",
    }

    def __init__(self, methodName="runTest"):
        self._testMethodName = methodName
        self._outcome = None
        self._testMethodDoc = "No test"
        self._cleanups = []
        self._subtest = None
        self._type_funcs = {}
        try:
            m = getattr(self, methodName)
        except AttributeError:
            if methodName != "runTest":
                raise ValueError("no such test method in %s: %s" % (self.__class__, methodName))
        else:
            self._testMethodDoc = m.__doc__

    def addTypeEqualityFunc(self, typeobj, function):
        self._type_funcs[typeobj] = function

    def addCleanup(self, function, /, *args, **kwargs):
        self._cleanups.append((function, args, kwargs))

    def enterContext(self, cm):
        t = type(cm)
        try:
            enter, exit = t.__enter__, t.__exit__
        except AttributeError:
            raise TypeError(
                "'%s.%s' object does not support the context manager protocol" % (t.__module__, t.__qualname__)
            ) from None
        r = enter(cm)
        self.addCleanup(exit, cm, None, None, None)
        return r

    @classmethod
    def _class_cleanup_list(cls):
        if "_class_cleanups" not in cls.__dict__:
            cls._class_cleanups = []
        return cls._class_cleanups

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        cls._class_cleanup_list().append((function, args, kwargs))

    @classmethod
    def enterClassContext(cls, cm):
        r = type(cm).__enter__(cm)
        cls.addClassCleanup(type(cm).__exit__, cm, None, None, None)
        return r

    def setUp(self):
        pass

    def tearDown(self):
        pass

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        return TestResult()

    def shortDescription(self):
        doc = self._testMethodDoc
        return doc.strip().split("\n")[0].strip() if doc else None

    def id(self):
        return "%s.%s" % (strclass(self.__class__), self._testMethodName)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._testMethodName == other._testMethodName

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def __str__(self):
        return "%s (%s.%s)" % (self._testMethodName, strclass(self.__class__), self._testMethodName)

    def __repr__(self):
        return "<%s testMethod=%s>" % (strclass(self.__class__), self._testMethodName)

    def subTest(self, msg=_SENT, **params):
        return _SubTestContext(self, msg, params)

    def _callSetUp(self):
        self.setUp()

    def _callTestMethod(self, method):
        method()

    def _callTearDown(self):
        self.tearDown()

    def run(self, result=None):
        stop_run = None
        if result is None:
            result = self.defaultTestResult()
            f = getattr(result, "startTestRun", None)
            if f is not None:
                f()
            stop_run = getattr(result, "stopTestRun", None)
        result.startTest(self)
        try:
            meth = getattr(self, self._testMethodName)
            cls = self.__class__
            if getattr(cls, "__unittest_skip__", False) or getattr(meth, "__unittest_skip__", False):
                why = getattr(cls, "__unittest_skip_why__", "") or getattr(meth, "__unittest_skip_why__", "")
                _add_skip(result, self, why)
                return result
            expecting = getattr(self, "__unittest_expecting_failure__", False) or getattr(
                meth, "__unittest_expecting_failure__", False
            )
            out = self._outcome = _Outcome(result)
            try:
                _part(out, self, self._callSetUp)
                if out.success:
                    out.expecting_failure = expecting
                    _part(out, self, self._callTestMethod, meth)
                    out.expecting_failure = False
                    _part(out, self, self._callTearDown)
                self.doCleanups()
                if out.success:
                    if not expecting:
                        result.addSuccess(self)
                    elif out.expected_failure:
                        f = getattr(result, "addExpectedFailure", None)
                        if f is None:
                            result.addSuccess(self)
                        else:
                            f(self, out.expected_failure)
                    else:
                        f = getattr(result, "addUnexpectedSuccess", None)
                        if f is None:
                            result.addFailure(self, (None, None, None))
                        else:
                            f(self)
                return result
            finally:
                out.expected_failure = None
                self._outcome = None
        finally:
            result.stopTest(self)
            if stop_run is not None:
                stop_run()

    __call__ = run

    def doCleanups(self):
        out = self._outcome or _Outcome()
        while self._cleanups:
            fn, args, kwargs = self._cleanups.pop()
            _part(out, self, fn, *args, **kwargs)
        return out.success

    @classmethod
    def doClassCleanups(cls):
        cls.tearDown_exceptions = []
        todo = cls._class_cleanup_list()
        while todo:
            fn, args, kwargs = todo.pop()
            try:
                fn(*args, **kwargs)
            except Exception as e:
                cls.tearDown_exceptions.append((type(e), e, e.__traceback__))

    def debug(self):
        self.setUp()
        getattr(self, self._testMethodName)()
        self.tearDown()
        while self._cleanups:
            fn, args, kwargs = self._cleanups.pop()
            fn(*args, **kwargs)

    def skipTest(self, reason):
        raise SkipTest(reason)

    def fail(self, msg=None):
        raise self.failureException(msg)

    def _formatMessage(self, msg, standardMsg):
        if not self.longMessage:
            return msg or standardMsg
        if msg is None:
            return standardMsg
        return "%s : %s" % (standardMsg, msg)

    def _check(self, ok, msg, std):
        if not ok:
            raise self.failureException(self._formatMessage(msg, std))

    def _truncateMessage(self, message, diff):
        if self.maxDiff is None or len(diff) <= self.maxDiff:
            return message + diff
        return message + (
            "\nDiff is %s characters long. Set self.maxDiff to None to see it." % len(diff)
        )

    # -- assertions

    def assertTrue(self, expr, msg=None):
        self._check(expr, msg, "%s is not true" % safe_repr(expr))

    def assertFalse(self, expr, msg=None):
        self._check(not expr, msg, "%s is not false" % safe_repr(expr))

    def assertRaises(self, expected_exception, *args, **kwargs):
        return _RaisesContext(expected_exception, self).handle("assertRaises", args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        return _RaisesContext(expected_exception, self, expected_regex).handle("assertRaisesRegex", args, kwargs)

    def _baseAssertEqual(self, first, second, msg=None):
        if not first == second:
            self.fail(self._formatMessage(msg, "%s != %s" % _short_reprs(first, second)))

    def assertEqual(self, first, second, msg=None):
        f = self._baseAssertEqual
        if type(first) == type(second):
            t = type(first)
            g = self._type_funcs.get(t) or self._eq_funcs.get(t)
            if g is not None:
                f = getattr(self, g) if isinstance(g, str) else g
        f(first, second, msg=msg)

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            self.fail(self._formatMessage(msg, "%s == %s" % (safe_repr(first), safe_repr(second))))

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if diff <= delta:
                return
            std = "%s != %s within %s delta (%s difference)" % tuple(map(safe_repr, (first, second, delta, diff)))
        else:
            if places is None:
                places = 7
            if round(diff, places) == 0:
                return
            std = "%s != %s within %r places (%s difference)" % (safe_repr(first), safe_repr(second), places, safe_repr(diff))
        self.fail(self._formatMessage(msg, std))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if not (first == second) and diff > delta:
                return
            std = "%s == %s within %s delta (%s difference)" % tuple(map(safe_repr, (first, second, delta, diff)))
        else:
            if places is None:
                places = 7
            if not (first == second) and round(diff, places) != 0:
                return
            std = "%s == %s within %r places" % (safe_repr(first), safe_repr(second), places)
        self.fail(self._formatMessage(msg, std))

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        if seq_type is not None:
            tn = seq_type.__name__
            if not isinstance(seq1, seq_type):
                self.fail("First sequence is not a %s: %s" % (tn, safe_repr(seq1)))
            if not isinstance(seq2, seq_type):
                self.fail("Second sequence is not a %s: %s" % (tn, safe_repr(seq2)))
        else:
            tn = "sequence"
        std = None
        try:
            n1 = len(seq1)
        except (TypeError, NotImplementedError):
            std = "First %s has no length.    Non-sequence?" % tn
        if std is None:
            try:
                n2 = len(seq2)
            except (TypeError, NotImplementedError):
                std = "Second %s has no length.    Non-sequence?" % tn
        if std is None:
            if seq1 == seq2:
                return
            std = "%ss differ: %s != %s\n" % ((tn.capitalize(),) + _short_reprs(seq1, seq2))
            for i in range(min(n1, n2)):
                try:
                    x = seq1[i]
                except (TypeError, IndexError, NotImplementedError):
                    std += "\nUnable to index element %d of first %s\n" % (i, tn)
                    break
                try:
                    y = seq2[i]
                except (TypeError, IndexError, NotImplementedError):
                    std += "\nUnable to index element %d of second %s\n" % (i, tn)
                    break
                if x != y:
                    std += "\nFirst differing element %d:\n%s\n%s\n" % ((i,) + _short_reprs(x, y))
                    break
            else:
                if n1 == n2 and seq_type is None and type(seq1) != type(seq2):
                    return
            if n1 != n2:
                big, small, which = (seq1, n2, "First") if n1 > n2 else (seq2, n1, "Second")
                std += "\n%s %s contains %d additional elements.\n" % (which, tn, abs(n1 - n2))
                try:
                    std += "First extra element %d:\n%s\n" % (small, safe_repr(big[small]))
                except (TypeError, IndexError, NotImplementedError):
                    std += "Unable to index element %d of %s %s\n" % (small, which.lower(), tn)
        diff = "\n" + "\n".join(_ndiff(_pformat(seq1).splitlines(), _pformat(seq2).splitlines()))
        std = self._truncateMessage(std, diff)
        self.fail(self._formatMessage(msg, std))

    def assertListEqual(self, list1, list2, msg=None):
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        try:
            d1 = set1.difference(set2)
        except TypeError as e:
            self.fail("invalid type when attempting set difference: %s" % e)
        except AttributeError as e:
            self.fail("first argument does not support set difference: %s" % e)
        try:
            d2 = set2.difference(set1)
        except TypeError as e:
            self.fail("invalid type when attempting set difference: %s" % e)
        except AttributeError as e:
            self.fail("second argument does not support set difference: %s" % e)
        if not (d1 or d2):
            return
        lines = []
        if d1:
            lines.append("Items in the first set but not the second:")
            lines.extend(repr(x) for x in d1)
        if d2:
            lines.append("Items in the second set but not the first:")
            lines.extend(repr(x) for x in d2)
        self.fail(self._formatMessage(msg, "\n".join(lines)))

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self.fail(self._formatMessage(msg, "%s not found in %s" % (safe_repr(member), safe_repr(container))))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self.fail(
                self._formatMessage(msg, "%s unexpectedly found in %s" % (safe_repr(member), safe_repr(container)))
            )

    def assertIs(self, expr1, expr2, msg=None):
        self._check(expr1 is expr2, msg, "%s is not %s" % (safe_repr(expr1), safe_repr(expr2)))

    def assertIsNot(self, expr1, expr2, msg=None):
        self._check(expr1 is not expr2, msg, "unexpectedly identical: %s" % safe_repr(expr1))

    def assertDictEqual(self, d1, d2, msg=None):
        self.assertIsInstance(d1, dict, "First argument is not a dictionary")
        self.assertIsInstance(d2, dict, "Second argument is not a dictionary")
        if d1 != d2:
            std = "%s != %s" % _short_reprs(d1, d2)
            diff = "\n" + "\n".join(_ndiff(_pformat(d1).splitlines(), _pformat(d2).splitlines()))
            self.fail(self._formatMessage(msg, self._truncateMessage(std, diff)))

    def assertCountEqual(self, first, second, msg=None):
        a, b = list(first), list(second)
        diffs = []
        used = [False] * len(b)
        seen = []
        for i, x in enumerate(a):
            if any(x == y for y in seen):
                continue
            seen.append(x)
            na = sum(1 for y in a[i:] if y == x)
            nb = 0
            for j, y in enumerate(b):
                if y == x:
                    nb += 1
                    used[j] = True
            if na != nb:
                diffs.append((na, nb, x))
        for j, x in enumerate(b):
            if used[j]:
                continue
            nb = 0
            for k in range(j, len(b)):
                if b[k] == x:
                    nb += 1
                    used[k] = True
            diffs.append((0, nb, x))
        if diffs:
            std = "Element counts were not equal:\n"
            body = "\n".join("First has %d, Second has %d:  %r" % d for d in diffs)
            self.fail(self._formatMessage(msg, self._truncateMessage(std, body)))

    def assertMultiLineEqual(self, first, second, msg=None):
        self.assertIsInstance(first, str, "First argument is not a string")
        self.assertIsInstance(second, str, "Second argument is not a string")
        if first != second:
            if len(first) > self._diffThreshold or len(second) > self._diffThreshold:
                self._baseAssertEqual(first, second, msg)
            a = first.splitlines(True)
            b = second.splitlines(True)
            if len(a) == 1 and first.strip("\r\n") == first:
                a, b = [first + "\n"], [second + "\n"]
            std = "%s != %s" % _short_reprs(first, second)
            diff = "\n" + "".join(_ndiff(a, b))
            self.fail(self._formatMessage(msg, self._truncateMessage(std, diff)))

    def assertLess(self, a, b, msg=None):
        self._check(a < b, msg, "%s not less than %s" % (safe_repr(a), safe_repr(b)))

    def assertLessEqual(self, a, b, msg=None):
        self._check(a <= b, msg, "%s not less than or equal to %s" % (safe_repr(a), safe_repr(b)))

    def assertGreater(self, a, b, msg=None):
        self._check(a > b, msg, "%s not greater than %s" % (safe_repr(a), safe_repr(b)))

    def assertGreaterEqual(self, a, b, msg=None):
        self._check(a >= b, msg, "%s not greater than or equal to %s" % (safe_repr(a), safe_repr(b)))

    def assertIsNone(self, obj, msg=None):
        self._check(obj is None, msg, "%s is not None" % safe_repr(obj))

    def assertIsNotNone(self, obj, msg=None):
        self._check(obj is not None, msg, "unexpectedly None")

    def assertIsInstance(self, obj, cls, msg=None):
        self._check(isinstance(obj, cls), msg, "%s is not an instance of %r" % (safe_repr(obj), cls))

    def assertNotIsInstance(self, obj, cls, msg=None):
        self._check(not isinstance(obj, cls), msg, "%s is an instance of %r" % (safe_repr(obj), cls))

    def assertRegex(self, text, expected_regex, msg=None):
        if isinstance(expected_regex, (str, bytes)):
            assert expected_regex, "expected_regex must not be empty."
            import re

            expected_regex = re.compile(expected_regex)
        if not expected_regex.search(text):
            std = "Regex didn't match: %r not found in %r" % (expected_regex.pattern, text)
            self.fail(self._formatMessage(msg, std))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        if isinstance(unexpected_regex, (str, bytes)):
            import re

            unexpected_regex = re.compile(unexpected_regex)
        m = unexpected_regex.search(text)
        if m:
            std = "Regex matched: %r matches %r in %r" % (text[m.start() : m.end()], unexpected_regex.pattern, text)
            self.fail(self._formatMessage(msg, std))

class FunctionTestCase(TestCase):
    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super().__init__()
        self._setUpFunc = setUp
        self._tearDownFunc = tearDown
        self._testFunc = testFunc
        self._description = description

    def setUp(self):
        if self._setUpFunc is not None:
            self._setUpFunc()

    def tearDown(self):
        if self._tearDownFunc is not None:
            self._tearDownFunc()

    def runTest(self):
        self._testFunc()

    def id(self):
        return self._testFunc.__name__

    def __str__(self):
        return "%s (%s)" % (strclass(self.__class__), self._testFunc.__name__)

    def __repr__(self):
        return "<%s tec=%s>" % (strclass(self.__class__), self._testFunc)

    def shortDescription(self):
        if self._description is not None:
            return self._description
        doc = self._testFunc.__doc__
        return doc and doc.split("\n")[0].strip() or None

class _SubTest(TestCase):
    def __init__(self, test_case, message, params):
        super().__init__()
        self._message = message
        self.test_case = test_case
        self.params = params
        self.failureException = test_case.failureException

    def runTest(self):
        raise NotImplementedError("subtests cannot be run directly")

    def _subDescription(self):
        parts = []
        if self._message is not _SENT:
            parts.append("[%s]" % (self._message,))
        if self.params:
            parts.append("(%s)" % ", ".join("%s=%r" % kv for kv in self.params.items()))
        return " ".join(parts) or "(<subtest>)"

    def id(self):
        return "%s %s" % (self.test_case.id(), self._subDescription())

    def shortDescription(self):
        return self.test_case.shortDescription()

    def __str__(self):
        return "%s %s" % (self.test_case, self._subDescription())

_module_cleanups = []

def addModuleCleanup(function, /, *args, **kwargs):
    _module_cleanups.append((function, args, kwargs))

def enterModuleContext(cm):
    r = type(cm).__enter__(cm)
    addModuleCleanup(type(cm).__exit__, cm, None, None, None)
    return r

def doModuleCleanups():
    errs = []
    while _module_cleanups:
        fn, args, kwargs = _module_cleanups.pop()
        try:
            fn(*args, **kwargs)
        except Exception as e:
            errs.append(e)
    if errs:
        raise errs[0]

# ----------------------------------------------------------------- suites

class _ErrorHolder:
    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __repr__(self):
        return "<ErrorHolder description=%r>" % (self.description,)

    def __str__(self):
        return self.description

    def run(self, result):
        pass

    __call__ = run

    def countTestCases(self):
        return 0

def _fixture_error(result, e, what, where, info=None):
    holder = _ErrorHolder("%s (%s)" % (what, where))
    if isinstance(e, SkipTest) and hasattr(result, "addSkip"):
        result.addSkip(holder, str(e))
    else:
        result.addError(holder, info or (type(e), e, e.__traceback__))

class BaseTestSuite:
    _cleanup = True

    def __init__(self, tests=()):
        self._tests = []
        self._removed_tests = 0
        self.addTests(tests)

    def __repr__(self):
        return "<%s tests=%s>" % (strclass(self.__class__), list(self))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return list(self) == list(other)

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        n = self._removed_tests
        for t in self:
            if t:
                n += t.countTestCases()
        return n

    def addTest(self, test):
        if not callable(test):
            raise TypeError("{} is not callable".format(repr(test)))
        if isinstance(test, type) and issubclass(test, (TestCase, TestSuite)):
            raise TypeError("TestCases and TestSuites must be instantiated before passing them to addTest()")
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for t in tests:
            self.addTest(t)

    def run(self, result):
        for i, t in enumerate(self):
            if result.shouldStop:
                break
            t(result)
            if self._cleanup:
                self._drop(i)
        return result

    def _drop(self, i):
        try:
            t = self._tests[i]
        except TypeError:
            return
        if hasattr(t, "countTestCases"):
            self._removed_tests += t.countTestCases()
        self._tests[i] = None

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        for t in self:
            t.debug()

class TestSuite(BaseTestSuite):
    def run(self, result, debug=False):
        top = False
        if not getattr(result, "_testRunEntered", False):
            result._testRunEntered = top = True
        for i, t in enumerate(self):
            if result.shouldStop:
                break
            if _isnotsuite(t):
                self._class_teardown(t.__class__, result)
                self._module_setup(t, result)
                self._class_setup(t, result)
                result._previousTestClass = t.__class__
                if getattr(t.__class__, "_classSetupFailed", False) or getattr(result, "_moduleSetUpFailed", False):
                    continue
            if debug:
                t.debug()
            else:
                t(result)
            if self._cleanup:
                self._drop(i)
        if top:
            self._class_teardown(None, result)
            self._module_teardown(result)
            result._testRunEntered = False
        return result

    def debug(self):
        self.run(_DebugResult(), True)

    def _class_setup(self, test, result):
        cls = test.__class__
        if cls == getattr(result, "_previousTestClass", None):
            return
        if getattr(result, "_moduleSetUpFailed", False) or getattr(cls, "__unittest_skip__", False):
            return
        try:
            cls._classSetupFailed = False
        except TypeError:
            pass
        f = getattr(cls, "setUpClass", None)
        if f is None:
            return
        _call(result, "_setupStdout")
        try:
            f()
        except Exception as e:
            if isinstance(result, _DebugResult):
                raise
            try:
                cls._classSetupFailed = True
            except TypeError:
                pass
            where = strclass(cls)
            _fixture_error(result, e, "setUpClass", where)
            g = getattr(cls, "doClassCleanups", None)
            if g is not None:
                g()
                for info in cls.tearDown_exceptions:
                    _fixture_error(result, info[1], "setUpClass", where, info)
        finally:
            _call(result, "_restoreStdout")

    def _class_teardown(self, cls, result):
        prev = getattr(result, "_previousTestClass", None)
        if prev is None or prev == cls:
            return
        if getattr(prev, "_classSetupFailed", False) or getattr(result, "_moduleSetUpFailed", False):
            return
        if getattr(prev, "__unittest_skip__", False):
            return
        f = getattr(prev, "tearDownClass", None)
        g = getattr(prev, "doClassCleanups", None)
        if f is None and g is None:
            return
        _call(result, "_setupStdout")
        try:
            where = strclass(prev)
            if f is not None:
                try:
                    f()
                except Exception as e:
                    if isinstance(result, _DebugResult):
                        raise
                    _fixture_error(result, e, "tearDownClass", where)
            if g is not None:
                g()
                for info in prev.tearDown_exceptions:
                    if isinstance(result, _DebugResult):
                        raise info[1]
                    _fixture_error(result, info[1], "tearDownClass", where, info)
        finally:
            _call(result, "_restoreStdout")

    def _prev_module(self, result):
        prev = getattr(result, "_previousTestClass", None)
        return None if prev is None else prev.__module__

    def _module_setup(self, test, result):
        prev = self._prev_module(result)
        cur = test.__class__.__module__
        if cur == prev:
            return
        self._module_teardown(result)
        result._moduleSetUpFailed = False
        mod = sys.modules.get(cur)
        if mod is None:
            return
        f = getattr(mod, "setUpModule", None)
        if f is None:
            return
        _call(result, "_setupStdout")
        try:
            try:
                f()
            except Exception as e:
                if isinstance(result, _DebugResult):
                    raise
                result._moduleSetUpFailed = True
                _fixture_error(result, e, "setUpModule", cur)
            if result._moduleSetUpFailed:
                try:
                    doModuleCleanups()
                except Exception as e:
                    _fixture_error(result, e, "setUpModule", cur)
        finally:
            _call(result, "_restoreStdout")

    def _module_teardown(self, result):
        prev = self._prev_module(result)
        if prev is None or getattr(result, "_moduleSetUpFailed", False):
            return
        mod = sys.modules.get(prev)
        if mod is None:
            return
        _call(result, "_setupStdout")
        try:
            f = getattr(mod, "tearDownModule", None)
            if f is not None:
                try:
                    f()
                except Exception as e:
                    if isinstance(result, _DebugResult):
                        raise
                    _fixture_error(result, e, "tearDownModule", prev)
            try:
                doModuleCleanups()
            except Exception as e:
                if isinstance(result, _DebugResult):
                    raise
                _fixture_error(result, e, "tearDownModule", prev)
        finally:
            _call(result, "_restoreStdout")

def _isnotsuite(t):
    try:
        iter(t)
    except TypeError:
        return True
    return False


def _call(obj, name):
    f = getattr(obj, name, None)
    if f is not None:
        f()

class _DebugResult:
    _previousTestClass = None
    _moduleSetUpFailed = False
    shouldStop = False

# ----------------------------------------------------------------- loader

def _cmp(x, y):
    return (x > y) - (x < y)

class TestLoader:
    testMethodPrefix = "test"
    sortTestMethodsUsing = staticmethod(_cmp)
    testNamePatterns = None
    suiteClass = TestSuite

    def __init__(self):
        self.errors = []

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, TestSuite):
            raise TypeError(
                "Test cases should not be derived from TestSuite. Maybe you meant to derive from TestCase?"
            )
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, "runTest"):
            names = ["runTest"]
        return self.suiteClass(map(testCaseClass, names))

    def loadTestsFromModule(self, module, *args, pattern=None, **kws):
        tests = []
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, TestCase):
                tests.append(self.loadTestsFromTestCase(obj))
        tests = self.suiteClass(tests)
        load_tests = getattr(module, "load_tests", None)
        if load_tests is not None:
            return load_tests(self, tests, pattern)
        return tests

    def loadTestsFromName(self, name, module=None):
        parts = name.split(".")
        if module is None:
            todo = parts[:]
            while True:
                try:
                    module = __import__(".".join(todo))
                    break
                except ImportError:
                    todo.pop()
                    if not todo:
                        raise
            parts = parts[1:]
        obj = module
        parent = None
        for p in parts:
            parent, obj = obj, getattr(obj, p)
        if type(obj) is type(sys):
            return self.loadTestsFromModule(obj)
        if isinstance(obj, type) and issubclass(obj, TestCase):
            return self.loadTestsFromTestCase(obj)
        if isinstance(parent, type) and issubclass(parent, TestCase) and callable(obj):
            return self.suiteClass([parent(parts[-1])])
        if isinstance(obj, TestSuite):
            return obj
        if callable(obj):
            t = obj()
            if isinstance(t, TestSuite):
                return t
            if isinstance(t, TestCase):
                return self.suiteClass([t])
            raise TypeError("calling %s returned %s, not a test" % (obj, t))
        raise TypeError("don't know how to make test from: %s" % obj)

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(n, module) for n in names])

    def discover(self, start_dir, pattern="test*.py", top_level_dir=None):
        import os

        start = os.path.abspath(start_dir)
        top = os.path.abspath(top_level_dir) if top_level_dir else start
        if top not in sys.path:
            sys.path.insert(0, top)
        tests = []
        self._find(os, start, top, pattern, tests)
        return self.suiteClass(tests)

    def _find(self, os, d, top, pattern, tests):
        for name in sorted(os.listdir(d)):
            path = os.path.join(d, name)
            if name.endswith(".py") and _fnmatch(name, pattern) and os.path.isfile(path):
                mod = os.path.relpath(path[:-3], top).replace(os.sep, ".")
                try:
                    __import__(mod)
                except SkipTest as e:
                    tests.append(_failed(mod, e, True))
                except Exception as e:
                    import traceback

                    info = "".join(traceback.format_exception(e))
                    e = ImportError("Failed to import test module: %s\n%s" % (mod, info))
                    self.errors.append(str(e))
                    tests.append(_failed(mod, e))
                else:
                    tests.append(self.loadTestsFromModule(sys.modules[mod], pattern=pattern))
            elif os.path.isfile(os.path.join(path, "__init__.py")):
                self._find(os, path, top, pattern, tests)

    def getTestCaseNames(self, testCaseClass):
        pre = self.testMethodPrefix
        pats = self.testNamePatterns
        names = []
        for a in dir(testCaseClass):
            if not a.startswith(pre) or not callable(getattr(testCaseClass, a)):
                continue
            if pats is not None:
                full = "%s.%s.%s" % (testCaseClass.__module__, testCaseClass.__qualname__, a)
                if not any(_fnmatch(full, p) for p in pats):
                    continue
            names.append(a)
        if self.sortTestMethodsUsing:
            import functools

            names.sort(key=functools.cmp_to_key(self.sortTestMethodsUsing))
        return names

def _failed(name, exc, skip=False):
    # A test standing for a module that could not be imported.
    def f(self):
        if skip:
            raise SkipTest(str(exc))
        raise exc

    cls = type("ModuleSkipped" if skip else "_FailedTest", (TestCase,), {name: f})
    cls.__module__ = "unittest.loader"
    return TestSuite([cls(name)])


def _fnmatch(name, pat):
    import re

    rx = ""
    for c in pat:
        rx += ".*" if c == "*" else "." if c == "?" else re.escape(c) if hasattr(re, "escape") else c
    return re.match("(?s:" + rx + r")\Z", name) is not None

defaultTestLoader = TestLoader()

def getTestCaseNames(testCaseClass, prefix, sortUsing=_cmp, testNamePatterns=None):
    l = TestLoader()
    l.testMethodPrefix = prefix
    l.sortTestMethodsUsing = sortUsing
    l.testNamePatterns = testNamePatterns
    return l.getTestCaseNames(testCaseClass)

# ----------------------------------------------------------------- results

class TestResult:
    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False
        self._stdout_buffer = None
        self._stderr_buffer = None
        self._original_stdout = sys.stdout
        self._original_stderr = sys.stderr
        self._mirrorOutput = False

    def printErrors(self):
        pass

    def startTest(self, test):
        self.testsRun += 1
        self._mirrorOutput = False
        self._setupStdout()

    def _setupStdout(self):
        if self.buffer:
            if self._stderr_buffer is None:
                import io

                self._stderr_buffer = io.StringIO()
                self._stdout_buffer = io.StringIO()
            sys.stdout = self._stdout_buffer
            sys.stderr = self._stderr_buffer

    def startTestRun(self):
        pass

    def stopTest(self, test):
        self._restoreStdout()
        self._mirrorOutput = False

    def _restoreStdout(self):
        if self.buffer:
            if self._mirrorOutput:
                out = sys.stdout.getvalue()
                err = sys.stderr.getvalue()
                if out:
                    if not out.endswith("\n"):
                        out += "\n"
                    self._original_stdout.write("\nStdout:\n" + out)
                if err:
                    if not err.endswith("\n"):
                        err += "\n"
                    self._original_stderr.write("\nStderr:\n" + err)
            sys.stdout = self._original_stdout
            sys.stderr = self._original_stderr
            for b in (self._stdout_buffer, self._stderr_buffer):
                b.seek(0)
                b.truncate()

    def stopTestRun(self):
        pass

    def _ff(self):
        if self.failfast:
            self.stop()

    def addError(self, test, err):
        self._ff()
        self.errors.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addFailure(self, test, err):
        self._ff()
        self.failures.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addSubTest(self, test, subtest, err):
        if err is not None:
            self._ff()
            if issubclass(err[0], test.failureException):
                self.failures.append((subtest, self._exc_info_to_string(err, test)))
            else:
                self.errors.append((subtest, self._exc_info_to_string(err, test)))
            self._mirrorOutput = True

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    def addUnexpectedSuccess(self, test):
        self._ff()
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        return not (self.failures or self.errors or self.unexpectedSuccesses)

    def stop(self):
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        typ, value, tb = err
        out = []
        _format_chain(value, tb, typ is test.failureException, out, set())
        if self.buffer:
            o = sys.stdout.getvalue()
            e = sys.stderr.getvalue()
            if o:
                out.append("\nStdout:\n" + o + ("" if o.endswith("\n") else "\n"))
            if e:
                out.append("\nStderr:\n" + e + ("" if e.endswith("\n") else "\n"))
        return "".join(out)

    def __repr__(self):
        return "<%s run=%i errors=%i failures=%i>" % (strclass(self.__class__), self.testsRun, len(self.errors), len(self.failures))

def _format_chain(value, tb, is_failure, out, seen):
    import traceback

    if value is None:
        return
    seen.add(id(value))
    cause = value.__cause__
    ctx = value.__context__
    if cause is not None and id(cause) not in seen:
        _format_chain(cause, cause.__traceback__, False, out, seen)
        out.append("\nThe above exception was the direct cause of the following exception:\n\n")
    elif ctx is not None and not value.__suppress_context__ and id(ctx) not in seen:
        _format_chain(ctx, ctx.__traceback__, False, out, seen)
        out.append("\nDuring handling of the above exception, another exception occurred:\n\n")
    while tb is not None and tb.tb_frame.f_code.co_filename == _FILE:
        tb = tb.tb_next
    lines = []
    while tb is not None:
        code = tb.tb_frame.f_code
        if is_failure and code.co_filename == _FILE:
            break
        lines.append('  File "%s", line %d, in %s\n' % (code.co_filename, tb.tb_lineno, code.co_name))
        tb = tb.tb_next
    if lines:
        out.append("Traceback (most recent call last):\n")
        out.extend(lines)
    out.extend(traceback.format_exception_only(type(value), value))

class _Writeln:
    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, name):
        if name in ("stream", "__getstate__"):
            raise AttributeError(name)
        return getattr(self.stream, name)

    def writeln(self, arg=None):
        if arg:
            self.write(arg)
        self.write("\n")

class TextTestResult(TestResult):
    separator1 = "=" * 70
    separator2 = "-" * 70

    def __init__(self, stream, descriptions, verbosity):
        super().__init__(stream, descriptions, verbosity)
        self.stream = stream
        self.showAll = verbosity > 1
        self.dots = verbosity == 1
        self.descriptions = descriptions
        self._newline = True

    def getDescription(self, test):
        doc = test.shortDescription()
        if self.descriptions and doc:
            return "\n".join((str(test), doc))
        return str(test)

    def startTest(self, test):
        super().startTest(test)
        if self.showAll:
            self.stream.write(self.getDescription(test))
            self.stream.write(" ... ")
            self.stream.flush()
            self._newline = False

    def _status(self, test, long, short):
        if self.showAll:
            sub = isinstance(test, _SubTest)
            if sub or self._newline:
                if not self._newline:
                    self.stream.writeln()
                if sub:
                    self.stream.write("  ")
                self.stream.write(self.getDescription(test))
                self.stream.write(" ... ")
            self.stream.writeln(long)
            self._newline = True
        elif self.dots:
            self.stream.write(short)
        self.stream.flush()

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if issubclass(err[0], subtest.failureException):
                self._status(subtest, "FAIL", "F")
            else:
                self._status(subtest, "ERROR", "E")
        super().addSubTest(test, subtest, err)

    def addSuccess(self, test):
        super().addSuccess(test)
        self._status(test, "ok", ".")

    def addError(self, test, err):
        super().addError(test, err)
        self._status(test, "ERROR", "E")

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._status(test, "FAIL", "F")

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._status(test, "skipped {0!r}".format(reason), "s")

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._status(test, "expected failure", "x")

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._status(test, "unexpected success", "u")

    def printErrors(self):
        if self.dots or self.showAll:
            self.stream.writeln()
            self.stream.flush()
        self.printErrorList("ERROR", self.errors)
        self.printErrorList("FAIL", self.failures)
        if self.unexpectedSuccesses:
            self.stream.writeln(self.separator1)
            for t in self.unexpectedSuccesses:
                self.stream.writeln("UNEXPECTED SUCCESS: %s" % self.getDescription(t))
            self.stream.flush()

    def printErrorList(self, flavour, errors):
        for test, err in errors:
            self.stream.writeln(self.separator1)
            self.stream.writeln("%s: %s" % (flavour, self.getDescription(test)))
            self.stream.writeln(self.separator2)
            self.stream.writeln("%s" % err)
            self.stream.flush()

class TextTestRunner:
    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False, buffer=False, resultclass=None, warnings=None, *, tb_locals=False):
        if stream is None:
            stream = sys.stderr
        self.stream = _Writeln(stream)
        self.descriptions = descriptions
        self.verbosity = verbosity
        self.failfast = failfast
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.warnings = warnings
        if resultclass is not None:
            self.resultclass = resultclass

    def _makeResult(self):
        return self.resultclass(self.stream, self.descriptions, self.verbosity)

    def run(self, test):
        import time

        result = self._makeResult()
        result.failfast = self.failfast
        result.buffer = self.buffer
        result.tb_locals = self.tb_locals
        t0 = time.perf_counter()
        _call(result, "startTestRun")
        try:
            test(result)
        finally:
            _call(result, "stopTestRun")
        taken = time.perf_counter() - t0
        result.printErrors()
        w = self.stream
        if hasattr(result, "separator2"):
            w.writeln(result.separator2)
        n = result.testsRun
        w.writeln("Ran %d test%s in %.3fs" % (n, "" if n == 1 else "s", taken))
        w.writeln()
        infos = []
        if result.wasSuccessful():
            w.write("OK")
        else:
            w.write("FAILED")
            if result.failures:
                infos.append("failures=%d" % len(result.failures))
            if result.errors:
                infos.append("errors=%d" % len(result.errors))
        for label, name in (
            ("skipped", "skipped"),
            ("expected failures", "expectedFailures"),
            ("unexpected successes", "unexpectedSuccesses"),
        ):
            k = len(getattr(result, name, ()))
            if k:
                infos.append("%s=%d" % (label, k))
        if infos:
            w.writeln(" (%s)" % ", ".join(infos))
        else:
            w.write("\n")
        w.flush()
        return result

# ------------------------------------------------------------------- main

class TestProgram:
    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None

    def __init__(self, module="__main__", defaultTest=None, argv=None, testRunner=None, testLoader=defaultTestLoader, exit=True, verbosity=1, failfast=None, catchbreak=None, buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            m = __import__(module)
            for part in module.split(".")[1:]:
                m = getattr(m, part)
            module = m
        self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = argv[0].replace("\\", "/").split("/")[-1] if argv else "python"
        self.parseArgs(argv)
        self.runTests()

    def usageExit(self, msg=None):
        if msg:
            print(msg)
        print("usage: %s [-h] [-v] [-q] [-f] [-b] [-k TESTNAMEPATTERNS] [tests ...]" % self.progName)
        sys.exit(2)

    def parseArgs(self, argv):
        names = []
        args = list(argv[1:])
        # `python -m unittest [discover] [-s START] [-p PATTERN] [-t TOP]`
        explicit = self.module is None and args[:1] == ["discover"]
        where = [".", "test*.py", None]
        if explicit:
            args.pop(0)
        while args:
            a = args.pop(0)
            if a in ("-h", "--help"):
                self.usageExit()
            elif a in ("-v", "--verbose"):
                self.verbosity = 2
            elif a in ("-q", "--quiet"):
                self.verbosity = 0
            elif a in ("-f", "--failfast"):
                self.failfast = True
            elif a in ("-b", "--buffer"):
                self.buffer = True
            elif a in ("-c", "--catch"):
                self.catchbreak = True
            elif a == "-k" or explicit and a in ("-s", "-p", "-t", "--start-directory", "--pattern", "--top-level-directory"):
                if not args:
                    self.usageExit("error: argument %s: expected one argument" % a)
                v = args.pop(0)
                if a == "-k":
                    self.testNamePatterns = (self.testNamePatterns or []) + [v if "*" in v else "*%s*" % v]
                else:
                    where["spt".index(a.lstrip("-")[0])] = v
            elif a.startswith("-") and a != "-":
                self.usageExit("error: unrecognized arguments: %s" % a)
            elif self.module is None and a.endswith(".py"):
                names.append(a[:-3].replace("\\", "/").lstrip("./").replace("/", "."))
            else:
                names.append(a)
        self.discovery = None
        if explicit:
            where[: len(names)] = names[:3]
            names = []
        if names:
            self.testNames = names
        elif self.defaultTest is None:
            self.testNames = None
            if self.module is None:
                self.discovery = where
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def createTests(self):
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if self.discovery is not None:
            self.test = self.testLoader.discover(*self.discovery)
        elif self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def runTests(self):
        r = self.testRunner
        if r is None:
            r = TextTestRunner
        if isinstance(r, type):
            try:
                r = r(
                    verbosity=self.verbosity,
                    failfast=self.failfast,
                    buffer=self.buffer,
                    warnings=self.warnings,
                    tb_locals=self.tb_locals,
                )
            except TypeError:
                r = r()
        self.result = r.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())

main = TestProgram


# Ctrl-C handling (-c) is not supported: these keep the API working.
def installHandler():
    pass


def registerResult(result):
    pass


def removeResult(result):
    return False


def removeHandler(method=None):
    return method

# CPython's submodule names, as seen in reprs and error reports.
for _m, _cs in (
    ("case", (SkipTest, TestCase, FunctionTestCase, _SubTest)),
    ("suite", (BaseTestSuite, TestSuite)),
    ("loader", (TestLoader,)),
    ("result", (TestResult,)),
    ("runner", (TextTestResult, TextTestRunner)),
    ("main", (TestProgram,)),
):
    for _c in _cs:
        _c.__module__ = "unittest." + _m
del _m, _cs, _c

if __name__ == "__main__":
    # `-m unittest`: run the importable module, whose TestCase the tests use
    sys.argv[0] = "python -m unittest"
    __import__("unittest").main(module=None)
