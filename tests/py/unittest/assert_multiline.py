# assertEqual on strings goes through assertMultiLineEqual: ndiff output.
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def check(*args, **kw):
    try:
        t.assertEqual(*args, **kw)
    except AssertionError as e:
        print("----\n" + str(e))
    else:
        print("----\npassed")


check("abc", "abd")
check("abc", "abc")
check("hello world", "hello there world")
check("one\ntwo\nthree\n", "one\n2\nthree\n")
check("one\ntwo\nthree", "one\ntwo\nthree\nfour")
check("a\nb\nc\nd\ne\n", "a\nc\nd\nx\ne\n")
check("tab\there", "tab\tthere")
check("", "x")
check("same start, different ending!", "same start, different ENDING!")
check("line1\nline2\n", "line1\nline2")
check("apple pie\nbanana split\n", "apple tie\nbanana split\ncherry\n")
check("completely different", "nothing alike here at all")
check("x", "y", msg="note")
try:
    t.assertMultiLineEqual("a", 1)
except AssertionError as e:
    print(e)
try:
    t.assertMultiLineEqual(b"a", "a")
except AssertionError as e:
    print(e)
