for n in (0, 255, -255, 10**20, -(2**70)):
    print(format(n, "d"), format(n, "x"), format(n, "#X"), format(n, "#o"), format(n, "b")[:20], format(n, ","), format(n, "_x"))
print(format(42, "08d"), format(-42, "08d"), format(42, "+d"), format(42, " d"), format(42, "^9"), format(42, "*<6"), format(42, "=+8"))
print(format(65, "c"), format(1234, "e"), format(1234, ".2f"), format(7, "%"), format(10**20, "g"), format(True, "d"), format(True, ""))
def t(spec, v=42):
    try:
        print(format(v, spec))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
t(".2d")
t("s")
t(",x")
t("c", -1)
t("c", 0x110000)
t("z")
t("#c")
t("=s", "x")
