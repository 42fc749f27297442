vals = [1, 1.5, 1j, True, 10**30]
others = ["s", None, [1], (1,), {}]
ops = ["+", "-", "*", "/", "//", "%", "**", "<<", "&", "<"]
for a in vals:
    for b in others[:2]:
        for op in ops:
            try:
                eval("a %s b" % op)
            except (TypeError, OverflowError) as e:
                print(type(e).__name__, e)
print(3 * "ab", [1] * 2, (0,) * True)
try:
    1.5 * "ab"
except TypeError as e:
    print(type(e).__name__, e)
try:
    1.5 & 1
except TypeError as e:
    print(type(e).__name__, e)
