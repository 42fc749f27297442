# float() accepts special spellings, whitespace and underscores
for s in ["inf", "INF", "+inf", "-Inf", "infinity", "-INFINITY", "nan", "+NaN", "-nan", "  1.5  ", "\n-0\t",
          "1_000.5", "1e1_0", "1_e10", "1__0", "_1", "1.", ".5", ".", "1e", "e1", "1e+", "0x10", "1.5j",
          "١٢.٥", "\u20071", "infinit", "nan(1)", "in f", "1.2.3", "+", "-", "", " ", "1e500", "-1e500",
          "1e-400", "00012", "0.000_1", "1 2", "+-1", "\x00"]:
    try:
        print(repr(s), repr(float(s)))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
for v in [b"1.5", bytearray(b" -2 "), memoryview(b"3e2")]:
    print(float(v))
for bad in [None, [1], "1" * 0 + "x", b"x", 1j]:
    try:
        float(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(float(), float(True), float(10**20), float(-5))
try:
    float(10**400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float(x=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
