cases = [(1, "Q"), (1.5, "Q"), ("s", "Q"), (1, "10.5.3"), (1, "<<5"), (1, "5<"), (1, ".x"), (1, "%%"), (1.5, ",,"),
         (1, "__"), (1, ",_"), (1, "d "), (1j, "d"), (1j, "%"), (1j, "="), (1j, "010"), (2, ".-1"), (2, "9" * 30), ("x", ".2c")]
for v, spec in cases:
    try:
        print(repr(format(v, spec)))
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
for v, spec in [(1, "ё"), (1.0, "日"), ("a", "\U0001f600")]:
    try:
        print(repr(format(v, spec)))
    except ValueError as e:
        print(type(e).__name__, e)
