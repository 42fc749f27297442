# int() with explicit bases and prefixes
for s, b in [("ff", 16), ("FF", 16), ("0xff", 16), ("0XfF", 0), ("777", 8), ("0o17", 0), ("0O17", 8),
             ("1010", 2), ("0b101", 0), ("0B11", 2), ("z", 36), ("Zz", 36), ("10", 3), ("-0x10", 0),
             ("+0b1", 0), ("  12  ", 10), ("0", 0), ("00", 0), ("000", 10), ("-0", 0), ("\t-7\n", 0)]:
    print(repr(s), b, int(s, b))
print(int("1" * 30, 2), int("f" * 20, 16), int("-" + "9" * 25))
print(int("10", base=16), int(" 0x_1", 16) if False else int("0x_1", 16))
print(int(b"12"), int(bytearray(b"0x1f"), 0), int(b" 7 ", 8))
def bad(*a, **k):
    try:
        print(int(*a, **k))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
bad("08", 0)
bad("0x", 16)
bad("0b2", 0)
bad("12", 1)
bad("12", 37)
bad("12", -1)
bad("9", 8)
bad("0o8", 0)
bad(12, 10)
bad(1.5, 10)
bad("1", 2.0)
bad("1", "2")
bad("")
bad("  ")
bad("1 2")
bad("0x10", 10)
bad(b"z", 16)
