class R:
    def __repr__(self):
        return "R<é>"
    def __str__(self):
        return "R-str"
r = R()
print("{0!r} {0!s} {0!a} {0}".format(r), "{!r:^12}|".format("q"), "{!a}".format("日本"), "{!s:>5}".format(12))
print("%r %s %a" % (r, r, r), "%-8r|%8a|" % ("é", "é"), format(r, ""), str(r), repr([r]), ascii([r]))
for fmt in ["{!}", "{!rr}", "{!x}", "{0!r", "{0!r:", "{!R}"]:
    try:
        print(fmt.format(r))
    except ValueError as e:
        print(type(e).__name__, e)
print(f"{r!r:*>10}", f"{r!a:.3}", f"{'é'!a}", f"{b'x'!r}", f"{3!r:>4}", f"{None!s:^6}|")
for fmt in ["{0!", "{!", "{0[", "{0:", "{0:{1", "{a.b", "{0!r:x"]:
    try:
        print(fmt.format([1], 2))
    except ValueError as e:
        print(type(e).__name__, e)
