# int(str, base) incl. base 0, underscores, whitespace and errors
cases = [("0x1f", 0), ("0o17", 0), ("0b101", 0), ("017", 0), ("0", 0), ("000", 0), ("0_0", 0),
         ("  42\n", 10), ("\t-0x_ff ", 0), ("1_000", 10), ("1__0", 10), ("_1", 10), ("1_", 10),
         ("z", 36), ("Z", 36), ("10", 2), ("12", 2), ("0x10", 16), ("0X10", 16), ("0b1", 16),
         ("+7", 8), ("- 7", 10), ("", 10), (" ", 10), ("١٢٣", 10), ("12\u00a0", 10), ("0x", 16),
         ("1e3", 10), ("0o", 0), ("09", 0), ("0_7", 0), ("0b_1", 0), ("0x_", 0), ("١", 0)]
for s, b in cases:
    try:
        print(repr(s), b, int(s, b))
    except ValueError as e:
        print(repr(s), b, type(e).__name__, e)
for b in (1, 37, -1, 2**70):
    try:
        int("1", b)
    except ValueError as e:
        print(type(e).__name__, e)
for args in [(5, 10), (1.5, 2), (b"12", 10), (bytearray(b"z"), 36), ("1", "2"), ("1", 2.0)]:
    try:
        print(int(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(int(b" 12 "), int(bytearray(b"-0x10"), 0), int("10", base=16))
try:
    int(base=10)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int("1", 10, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(x="1")
except TypeError as e:
    print(type(e).__name__, e)
