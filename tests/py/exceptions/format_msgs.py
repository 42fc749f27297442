# errors from str.format, format(), f-strings and % formatting
N, S, F, I = None, "s", 1.5, 7
cases = [
    lambda: format(N, "d"),
    lambda: format(S, "d"),
    lambda: format(F, "d"),
    lambda: format(I, "s"),
    lambda: format(I, "z"),
    lambda: format(S, "+"),
    lambda: format(I, ".2s"),
    lambda: "{:,s}".format(S),
    lambda: "{0}".format(),
    lambda: "{a}".format(b=1),
    lambda: "{".format(1),
    lambda: "{0!x}".format(1),
    lambda: "%d" % S,
    lambda: "%s %s" % (1,),
    lambda: "%s" % (1, 2),
    lambda: "%(a)s" % {"b": 1},
    lambda: "%y" % 1,
    lambda: "%c" % "ab",
    lambda: "%c" % -1,
    lambda: f"{N:>{S}}",
]
for c in cases:
    try:
        r = c()
        print("no error", repr(r))
    except (TypeError, ValueError, KeyError, IndexError, OverflowError) as e:
        print(type(e).__name__, e)
