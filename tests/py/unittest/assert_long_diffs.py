# Long containers: shortened reprs, pprint-style diffs, maxDiff truncation.
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


def check(t, *args):
    try:
        t.assertEqual(*args)
    except AssertionError as e:
        print("----\n" + str(e))


t = T()
a = {"name": "widget", "sizes": list(range(12)), "tags": ["red", "green", "blue"], "nested": {"x": 1, "y": [1, 2, 3]}}
b = {"name": "widget", "sizes": list(range(13)), "tags": ["red", "green", "cyan"], "nested": {"x": 1, "y": [1, 2, 4]}}
check(t, a, b)
t.maxDiff = None
check(t, a, b)
rows1 = [("row%d" % i, i * 1.5, "v" * (i % 5)) for i in range(8)]
rows2 = list(rows1)
rows2[5] = ("row5", 7.25, "changed")
check(t, rows1, rows2)
check(t, (1, [2, 3], {"k": (4, 5)}) * 6, (1, [2, 3], {"k": (4, 6)}) * 6)
t.maxDiff = 40
check(t, list("abcdefghij"), list("abcdeXghij"))
check(t, "line one\nline two\nline three\n" * 3, "line one\nline 2\nline three\n" * 3)
long1 = "The quick brown fox jumps over the lazy dog. " * 3
check(t, long1, long1.replace("lazy", "sleepy"))
t.maxDiff = 640
check(t, {i: "value %d" % i for i in range(10)}, {i: "value %d" % (i if i != 7 else 70) for i in range(10)})
check(t, [[1, 2, 3], [4, 5, 6], [7, 8, 9]] * 4, [[1, 2, 3], [4, 5, 6], [7, 8, 0]] * 4)
