for flags in ["", "-", "+", " ", "0", "#", "-+", "+0", " 0", "-0", "#0", "+#", "- "]:
    fmt = "%" + flags + "8"
    print(repr(flags), repr((fmt + "d") % 42), repr((fmt + "d") % -42), repr((fmt + "x") % 255), repr((fmt + "o") % 8), repr((fmt + ".2f") % 2.5), repr((fmt + "s") % "ab"), repr((fmt + ".1e") % -0.5))
