for x in (0.5, 0.1, -0.75, 3.0, 0.0, -0.0, 1e300, 5e-324, 1.5e-10, 123.125):
    print(x, x.as_integer_ratio(), x.is_integer(), x.hex())
for s in ("0x1.8p1", "-0x1p-2", "0x0p0", "0X1.FFFFFFFFFFFFFp1023", "0x1p-1074", "inf", "-nan", "  0x10  ", "0x.8", "1p4", "0x1.0000000000000001p0"):
    print(repr(s), float.fromhex(s))
for s in ("0x", "0x1p", "", "0xg", "0x1p99999"):
    try:
        print(float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__, e)
print(float.fromhex((2.5).hex()) == 2.5)
print(float("inf").is_integer(), float("nan").is_integer(), (1e300).is_integer())
print(float("inf").hex(), float("-inf").hex(), float("nan").hex())
