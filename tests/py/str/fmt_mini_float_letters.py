# format() mini-language for floats
nums = [0.0, -0.0, 1.5, -2.25, 1234567.891, 1e-7, 1e22, float("inf"), float("-nan")]
specs = ["", "e", "E", "f", "F", "g", "G", "%", "n", ".0f", ".0e", "#.0f", "#.0e", "#g",
         "+.2f", " .3g", "010.2f", "*<12.1f", "=+12.3", ",.2f", "_.1f", ".3", ".0", "#.3",
         "^14.4e", "015,.2f", "z.1f", "-.1%", ".15g", ".17g", "#.0%"]
for n in nums:
    row = []
    for s in specs:
        try:
            row.append(format(n, s))
        except ValueError as e:
            row.append("VE:" + str(e))
    print(repr(n), row)
for s in ["d", "x", "c", "b", "#x", "s", ",n", "_n"]:
    try:
        print(s, format(1.5, s))
    except ValueError as e:
        print(s, type(e).__name__, e)
print(format(-0.0001, "z.2f"), format(-0.0, "z"), format(-0.0, "z.0f"), format(0.5, ".0f"), format(1.5, ".0f"))
print(format(2.5, ".0f"), format(123.456, ".1e"), format(1e100, ".3"), format(1e16, ""), format(1e15, ""))
