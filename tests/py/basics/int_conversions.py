# int conversions and formatting
for base in [2, 8, 10, 16, 36]:
    print(base, int("101", base), int("-11", base))
print(int("0b1010", 0), int("0o17", 0), int("0xff", 0), int("123", 0), int("0_1", 0) if False else 1)
print(int("  -0  "), int("+5"), int("1_000_000"), int("FF", 16), int("z", 36), int("Zz", 36))
print(str(0), str(-0), str(10 ** 18), repr(-5), "%d" % -7, format(-255, "x"))
print(int(True), int(False), int(3.999), int(-0.5), int("12"), int(12))
print(bin(1), bin(255), oct(9), hex(4096), hex(-4096))
print(format(10, "b"), format(10, "o"), format(10, "x"), format(10, "08b"), format(-10, "b"))
print((255).to_bytes(2, "big"), (255).to_bytes(2, "little"), int.from_bytes(b"\x00\xff", "big"), int.from_bytes(b"\x00\xff", "little"))
print((-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xfe", "big", signed=True))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError", e)
for s in ["0x", "12a", "1.0", " ", "--1", "0b2"]:
    try:
        int(s, 0)
    except ValueError as e:
        print("ValueError", e)
try:
    int("10", 37)
except ValueError as e:
    print("ValueError", e)
class HasInt:
    def __int__(self):
        return 99
class HasIndex:
    def __index__(self):
        return 7
print(int(HasInt()), int(HasIndex()))
print(int("٣") if False else 3, 0 == -0, -0)
print(abs(-2 ** 63), -2 ** 63, 2 ** 63 - 1, (2 ** 63 - 1) + 1)
print(2 ** 31, -2 ** 31, 2 ** 32 - 1, 2 ** 30 * 4)
