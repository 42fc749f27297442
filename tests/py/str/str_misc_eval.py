class M(dict):
    def __missing__(self, k):
        return "<" + k + ">"
class S(str): pass
tests = [
 '"{x} {y}".format_map(M(x=1))', '"{[0]}".format([5])', '"{.real}".format(2)', '"{0[-1]}".format([1])', '"{0[ ]}".format({" ": 2})', '"{ }".format(**{" ": 3})',
 '"{0!r:^9}".format(S("a"))', '"%s|%r" % (S("a"), S("b"))', '"{:>{}}".format("a", 3)', '"{:{}{}}".format("a", ">", 4)', '"{0:{1}}".format("a", "{")',
 '"%(a)s %(a)d" % {"a": 3}', '"%-*s|" % (4, "a")', '"%.1s" % S("xyz")', '"%s %s" % S("ab")', '"%s" % S("ab")', '"{:{:{}}}".format(1,2,3)',
 '"a{}b".format(S("q"))', 'type("{}".format(S("q"))).__name__', '"{0}".format(*[1])', '"{a}".format(**{"a": 2})', '"%r" % "é\\n"', '"%a" % "é\\n"',
 '"%5c|%-3c|" % ("x", 65)', '"%#x|%#o|%#X" % (0, 0, 0)', '"% 5d|%+5d|%-+5d|" % (3, 3, 3)', '"%05s|%-05d" % ("ab", 3)', '"%.2d|%.0d" % (5, 0)',
 '"%e|%g|%G|%E" % (0.0, 1e-10, 1e100, 2.5)', '"%10.4e|" % 123.456', '"%i" % True', '"%s" % True', '"%f" % 10**20', '"%d" % -0.5', '"%x" % True',
 '"abc"[::-1]', '"héllo"[1::2]', '"héllo"[-2:]', '"héllo"[5:1:-1]', '"abc"[1:1]', '"\\U0001F600x"[0]', 'len("\\U0001F600x")',
 '"ab".__mul__(10**30)', '"ab" * (-10**30)', '"".join([])', 'type("".join([S("a")])).__name__', '"x".join([S("a")])',
 '"Hello".swapcase()', '"ǅ".istitle()', '"ǅ".isupper()', '"ǅ".islower()', '"ǆ".title()', '"ﬀ".upper()', '"İ".lower()', 'len("İ".lower())',
 '"a b c".split(None)', '"a\\tb".expandtabs(0)', '"1,2,3".split(",", maxsplit=1)', '"abc".center(6, "é")', 
 '"%s" % {}', '"%s %s" % {"a":1}', '"%(a)s" % M()', '"%d" % S("1")',
]
for t in tests:
    try:
        r = eval(t)
        print(t, '->', repr(r))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
