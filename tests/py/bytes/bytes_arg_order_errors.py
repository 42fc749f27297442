b = b"a b c"
for args in [(5, "x"), (None, None), (b" ", "2"), (1, None)]:
    try:
        print(b.split(*args))
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        print(bytearray(b).rsplit(*args))
    except TypeError as e:
        print(type(e).__name__, e)
for args in [(None, "x"), ("s", 1.5), (b"a", "0"), (300, None, 2.0)]:
    for name in ("find", "count", "index", "rfind"):
        try:
            print(name, getattr(b, name)(*args))
        except (TypeError, ValueError) as e:
            print(name, type(e).__name__, e)
for v in [None, "x", 1.5, 0, 1, True, 2**70]:
    try:
        print(repr(v), b"a\nb".splitlines(v))
    except (TypeError, OverflowError) as e:
        print(repr(v), type(e).__name__, e)
