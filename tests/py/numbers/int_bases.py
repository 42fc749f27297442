# int(str, base)
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0XfF", 0))
print(int("777", 8), int("0o777", 0), int("0O17", 8), int("101", 2), int("0b101", 0))
print(int("z", 36), int("Z", 36), int("10", 36), int("zz", 36))
print(int("0", 0), int("00", 0), int("-0x10", 0), int(" +0b1_0 ", 0), int("0x_1", 0))
print(int("1_0", 0), int("12", base=3), int("10", 2))
for s, b in [("2", 2), ("8", 8), ("g", 16), ("012", 0), ("0x", 16), ("0b2", 0), ("1", 37), ("1", 1), ("1", -1)]:
    try:
        print(int(s, b))
    except ValueError as e:
        print("ValueError", e)
for args in [(5, 10), (1.5, 2), (None, 0)]:
    try:
        int(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    int("10", 2.0)
except TypeError as e:
    print("TypeError", e)
try:
    int(b"z", 10)
except ValueError as e:
    print("ValueError", e)
print(int(b"z", 36), int(b"0x10", 0))
big = "1" * 100
print(int(big, 2), int(big, 36) % 1000007)
