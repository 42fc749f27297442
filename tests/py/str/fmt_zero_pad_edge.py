for spec in ["05", "08.2f", "0=8", "0<8", "0>8", "0^8", "+08", "-08", " 08", "#08x", "#08b", "08,", "08_"]:
    for v in [42, -42, 3.5, -3.5]:
        try:
            print(spec, repr(format(v, spec)))
        except ValueError as e:
            print(spec, type(e).__name__, e)
print(repr(format(float("nan"), "010")), repr(format(float("-inf"), "010")), repr(format("ab", "05")), repr(format(12, "0")))
