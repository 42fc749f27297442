# str.format argument lookup errors and conversions
def t(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: "{} {}".format(1))
t(lambda: "{0} {2}".format(1, 2))
t(lambda: "{x}".format(y=1))
t(lambda: "{} {0}".format(1))
t(lambda: "{0} {}".format(1))
t(lambda: "{0[1]}".format([1]))
t(lambda: "{0[a]}".format({"b": 1}))
t(lambda: "{0.nope}".format(1))
t(lambda: "{!x}".format(1))
t(lambda: "{!r:}".format("a"))
t(lambda: "{:>{}}".format("a"))
t(lambda: "{0:{1}}".format(5, "x"))
t(lambda: "{".format())
t(lambda: "}".format())
t(lambda: "{{}}".format())
t(lambda: "{0!}".format(1))
t(lambda: "{:d}".format("s"))
t(lambda: "{:s}".format(5))
t(lambda: "{0:{1:{2}}}".format(1, 2, 3))
t(lambda: "{0[0]}".format("xy"))
t(lambda: "{0[-1]}".format([1, 2]))
t(lambda: "{a.real}".format(a=3j))
t(lambda: "{0}".format())
t(lambda: "{}".format(*range(3)))
t(lambda: "{x}{y}".format_map({"x": 1}))
t(lambda: "{}".format_map({}))
t(lambda: "{x}".format_map(5))
class M(dict):
    def __missing__(self, k):
        return "<" + k + ">"
t(lambda: "{a}{b}".format_map(M(a=1)))
t(lambda: "{0!s:^7}|{0!r:^7}|{0!a:^7}".format("é"))
