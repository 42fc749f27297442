print("%s %r %a" % ("é", "é", "é"), "%5s|%-5s|%.2s|%5.1s" % ("ab", "ab", "abc", "xyz"), "%s" % [1, "a"], "%s" % (None,))
print("%(x)s %(y)r %(x)s" % {"x": 1, "y": "q"}, "%%" % (), "no args" % (), "%s" % ((1, 2),))
print("%(a)s" % {"a": 1, "b": 2}, "%s" % {"k": 1}, "%d%%" % 5, "% 5s|" % "x")
cases = [("%s %s", (1,)), ("%s", (1, 2)), ("%d", "x"), ("%z", 1), ("%", ()), ("%(a)s", (1,)), ("%(a)s", {}), ("%(a", {"a": 1}),
         ("%*s", ("x", 1)), ("%s %(a)s", {"a": 1}), ("abc", 5), ("abc", (1,)), ("%.*f", (1.5, 2.0)), ("%ld", 5), ("%5", 1)]
for fmt, args in cases:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
print("abc" % {"a": 1}, "abc" % [], repr("%s" % b"x"))
