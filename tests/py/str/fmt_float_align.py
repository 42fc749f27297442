for spec in ["10", "<10", ">10", "^10", "=10", "010", "+010", " 010", "-10", "*^12.3f", "0=+12.2f", "+.2e", " .1f", "x<9.2g"]:
    print(repr(spec), repr(format(3.14159, spec)), repr(format(-3.14159, spec)), repr(format(float("nan"), spec)), repr(format(float("-inf"), spec)))
print(repr(format(-0.0, "+")), repr(format(0.0, "+f")), repr(format(-0.0, "z.1f")) if False else "z-skip", repr(format(1e300 * 10, "08")))
print(repr(format(-1.5, "010")), repr(format(1.5, "#010.0f")), repr(format(12.0, "#")), repr(format(1e20, "")))
for spec in ["d", "x", "c", "b", "o", ",d", "#x", "s"]:
    try:
        print(format(1.5, spec))
    except ValueError as e:
        print(type(e).__name__, e)
