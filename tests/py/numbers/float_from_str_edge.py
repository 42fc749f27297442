for s in ("1e16", "-1E-5", "  3.  ", ".5", "5.", "1_000.5", "infinity", "-Infinity", "NaN", "+nan", "1e-400", "-1e-400", "1e400",
          "0.1e1", "00012", "1.7976931348623157e308", "1.7976931348623159e308", "4.9e-324", "2.4e-324", "2.5e-324"):
    print(repr(s), float(s))
for s in ("1__0", "_1", "1_", "1e", "e5", ".", "inf inity", "1.2.3", "0x10", "1e5.5", "--1"):
    try:
        float(s)
    except ValueError as e:
        print(type(e).__name__, e)
print(float(b"2.5"), float(bytearray(b"-1e3")))
