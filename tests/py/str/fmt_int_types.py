for n in [0, 1, 255, -255, 65535, 10**18, -(2**70)]:
    print(n, format(n, "b"), format(n, "o"), format(n, "x"), format(n, "X"), format(n, "d"), format(n, "n"), format(n, "c") if 0 <= n < 0x110000 else "-")
for n in [0, 255, -255]:
    print(format(n, "#b"), format(n, "#o"), format(n, "#x"), format(n, "#X"), format(n, "#010x"), format(n, "#10b"), format(n, "#<8o"))
print(format(65, "c"), format(0x1f600, "c"), repr(format(97, ">3c")), format(12, "e"), format(12, "f"), format(12, "%"), format(12, "g"), format(12, "G"), format(3, "E"))
for spec in ["s", "r", "#c", "+c", ",c", ".2d", ".1x", "z", "q"]:
    try:
        print(format(5, spec))
    except ValueError as e:
        print(type(e).__name__, e)
for n in [-1, 0x110000]:
    try:
        print(format(n, "c"))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
