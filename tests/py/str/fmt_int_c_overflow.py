for v in [0, 65, 0x10ffff, 0x110000, -1, 2**40, 2**70, -(2**70), True]:
    for spec in ["c", ">3c", "<2c"]:
        try:
            print(repr(v), spec, repr(format(v, spec)))
        except (OverflowError, ValueError) as e:
            print(repr(v), spec, type(e).__name__, e)
for v in [0x110000, 2**70, -5]:
    try:
        print("%c" % v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
    try:
        print(f"{v:c}")
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
