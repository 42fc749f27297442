for s in ["a\nb\r\nc\rd", "a\n\nb\n", "", "\n", "no newline", "a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i", "\r\n\r\n", "x\r"]:
    print(s.splitlines(), s.splitlines(True), s.splitlines(keepends=True))
try:
    "a".splitlines(1, 2)
except TypeError as e:
    print("TypeError", e)
