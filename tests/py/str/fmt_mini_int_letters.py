# format() mini-language for ints: every type letter with fill/align/sign/#/0/width/grouping
nums = [0, 5, -5, 255, -1234567, 10**12]
specs = ["", "d", "b", "o", "x", "X", "n", "c", "e", "E", "f", "F", "g", "G", "%",
         "#b", "#o", "#x", "#X", "+d", " d", "-d", "08d", "*^12d", "<8", ">8", "=+10",
         ",d", "_d", "_b", "_x", "#_o", "012,d", "+#012x", "10.3e", ".2%", "^+15,", "#010b"]
for n in nums:
    row = []
    for s in specs:
        try:
            row.append(format(n, s))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__ + ":" + str(e))
    print(n, row)
for s in [",b", "_c", ",x", ".2d", ".3x", "#c", "+c", "=c", "z", "s", "a", ",_", "_,"]:
    try:
        print(s, format(42, s))
    except ValueError as e:
        print(s, type(e).__name__, e)
print(format(True, "d"), format(True, ""), format(False, "x"), format(True, "5"), format(True, "^5"))
