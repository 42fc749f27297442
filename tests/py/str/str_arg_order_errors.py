s = "a b c"
for args in [(5, "x"), (None, None), (" ", "2"), (1, None), (b" ", 1)]:
    for name in ("split", "rsplit"):
        try:
            print(name, getattr(s, name)(*args))
        except TypeError as e:
            print(name, type(e).__name__, e)
for args in [(None, "x"), (1, 1.5), ("a", "0"), (b"a", None, 2.0), (b"a", 0)]:
    for name in ("find", "count", "index", "rindex"):
        try:
            print(name, getattr(s, name)(*args))
        except (TypeError, ValueError) as e:
            print(name, type(e).__name__, e)
for v in [None, "x", 1.5, 0, 2, True, 2**70]:
    try:
        print(repr(v), "a\nb".splitlines(v))
    except (TypeError, OverflowError) as e:
        print(repr(v), type(e).__name__, e)
