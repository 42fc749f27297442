# Container assertions: sequence/list/tuple/dict/set/count equality
# messages for small containers, and long-repr shortening.
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def check(name, *args, **kw):
    try:
        getattr(t, name)(*args, **kw)
    except AssertionError as e:
        print("%s ->\n%s\n--" % (name, e))
    else:
        print(name, "-> passed")


check("assertEqual", [1, 2, 3], [1, 2, 4])
check("assertEqual", [1, 2], [1, 2, 3])
check("assertEqual", [1, 2, 3, 4], [1, 2])
check("assertEqual", (1, 2), (1, 3))
check("assertEqual", (1, 2), [1, 2])
check("assertListEqual", [1], [1])
check("assertListEqual", [], [0])
check("assertListEqual", (1,), [1])
check("assertListEqual", [1], "x")
check("assertTupleEqual", (1, "a"), (1, "b"))
check("assertTupleEqual", (), (None,))
check("assertSequenceEqual", [1, 2], (1, 2))
check("assertSequenceEqual", "abc", "abd")
check("assertSequenceEqual", [1, 2], (1, 3))
check("assertSequenceEqual", [1], 5)
check("assertSequenceEqual", [1], [1], seq_type=tuple)
check("assertEqual", {"a": 1}, {"a": 2})
check("assertEqual", {"a": 1, "b": 2}, {"a": 1})
check("assertDictEqual", {}, {1: 1})
check("assertDictEqual", [], {})
check("assertDictEqual", {}, 3)
check("assertEqual", {1, 2}, {2, 3})
check("assertEqual", {1}, set())
check("assertEqual", frozenset(), frozenset([5]))
check("assertSetEqual", {1}, {1})
check("assertSetEqual", {1}, 1)
check("assertSetEqual", 1, {1})
check("assertSetEqual", {1}, [1])
check("assertCountEqual", [1, 2, 2], [2, 1, 2])
check("assertCountEqual", [1, 2, 2, 3], [2, 1, 1, 4])
check("assertCountEqual", "aab", "abb")
check("assertCountEqual", [[1], [2]], [[2], [2]])
check("assertCountEqual", [{1: 2}], [{1: 2}])
check("assertEqual", list(range(30)), list(range(30)) + [99])
check("assertEqual", "x" * 100, "x" * 99 + "y")
check("assertEqual", 10**90, 10**90 + 1)
check("assertEqual", ["a" * 50, "b"], ["a" * 50, "c"])
