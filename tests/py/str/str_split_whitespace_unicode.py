s = "a\u00a0b\u2000c\u2028d\u3000e\x1cf\x1dg\x1eh\x1fi\x85j\u200bk"
print(s.split(), len(s.split()))
print(s.rsplit(None, 3))
print(" \u3000x\u3000 ".strip(), repr("\u200bx\u200b".strip()), repr("\x1cx\x1f".strip()))
print("a\u2029b\u2028c".splitlines(), "a\x1cb".splitlines(True), "a\u0085b".splitlines())
print(" x ".split(" "), "  x  y ".split(" "), "x".split(" "), " ".split(" "), "".split(" "))
