# float() parsing
for s in ["1", "  1.5  ", "-2.5e3", "+.5", "5.", "1E-2", "inf", "-Infinity", "+INF", "nan", "-NaN",
          "1e308", "1e309", "-1e309", "1e-400", "0x10" if False else "10", "00012.5", "\n3\t", "infinity", "iNfInItY"]:
    print(repr(s), float(s))
print(float(b"1.25"), float(bytearray(b"-3")), float(7), float(True), float(-(1 << 60)))
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 3
print(float(F()), float(I()), float())
def bad(x):
    try:
        print(float(x))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
bad("")
bad(" ")
bad("1.2.3")
bad("1e")
bad("e1")
bad("infx")
bad("nanny")
bad("0x1p3")
bad("1,5")
bad(None)
bad([1.0])
bad(1j)
bad(1 << 1100)
bad("- 1")
bad(b"x")
