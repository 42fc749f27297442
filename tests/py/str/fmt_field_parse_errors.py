cases = ["{!}", "{!}x", "{!}}", "{0!}:", "{!rx}", "{!r:}", "{!:}", "{!!}", "{0!}}", "a{!}b", "{!}{}", "{0[}", "{0[}]}", "{0[:]}", "{a{}", "{0:{1}{2}}",
         "{0:{{}}}", "{0[0]!r:>{1}}", "{0:", "{0!", "{[", "{0]", "{0.x[}", "x}y", "{{{0}}}", "}}{{", "{0:}}", "{0:{}"]
for fmt in cases:
    try:
        print(repr(fmt), repr(fmt.format(["ab", "cd"], 6, 7, **{"a": 1, ":": 2})))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
