cases = [("%d %", ("x",)), ("%d %z", ("x",)), ("%s %z", (1,)), ("%s %", (1,)), ("%z %s", ()), ("%(a)z", {"a": 1}), ("%(a)z", {}),
         ("%5%", ()), ("%5%", (1,)), ("%-%", (1,)), ("%s %s %q", (1, 2)), ("%s %s %q", (1,)), ("%*z", (3,)), ("%*z", (3, 4)),
         ("%c %(", (65,)), ("%.*", (1,)), ("%s %5", ("a", 1))]
for fmt, args in cases:
    try:
        print(repr(fmt % args))
    except (ValueError, TypeError, KeyError) as e:
        print(repr(fmt), type(e).__name__, e)
