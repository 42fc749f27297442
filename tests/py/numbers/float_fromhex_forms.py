# float.fromhex / float.hex round trips and error handling
for s in ["0x1p0", "0x1.8p1", "-0x1p-1074", "0x1.fffffffffffffp1023", "0X1P+3", " 0x1p0 ", "1", "a",
          "0x.8", "0x1.", "inf", "-Infinity", "nan", "+0x0p0", "0x1p-1075", "0x1.00000000000008p0",
          "0x1.00000000000018p0", "0x10", "0xABCDEFp-24", "-0x0.0p0", "0x1_0p0", "0x1p", "0x", "",
          "0xg", "0x1p1024", "0x1.fffffffffffff8p1023", "0x1p-1080", "0x3p-1076", "\t0x2p1\n"]:
    try:
        v = float.fromhex(s)
        print(repr(s), repr(v), v.hex())
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__, e)
for f in [0.0, -0.0, 1.0, 0.1, -2.5, 1e300, 5e-324, 2.2250738585072014e-308, float("inf"), float("nan"), 3.0]:
    print(repr(f), f.hex(), float.fromhex(f.hex()) == f or f != f)
for bad in [1, b"0x1p0", None]:
    try:
        float.fromhex(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class F(float):
    pass
print(type(F.fromhex("0x1p1")).__name__, F.fromhex("0x1p1"))
try:
    (1.0).hex(1)
except TypeError as e:
    print(type(e).__name__, e)
