# non-ASCII strings: length, indexing, encoding
s = "naïve café 日本語 €"
print(s, len(s), s[2], s[-1], s[11:14], s.upper())
b = s.encode("utf-8")
print(len(b), b[:5], b.decode("utf-8") == s)
print([ord(c) for c in "aé€"], chr(233), chr(0x65E5))
print("日本" + "語", "語" in s, s.find("日"), s.index("€"), s.count("é"))
print(repr("日本"), repr("\u00e9"), "\N{GREEK SMALL LETTER ALPHA}" if False else "α")
print(sorted("ébac"), "é" > "e", "Ω".lower(), "ß".upper() if False else "SS")
print("αβγ"[::-1], "αβγ".encode(), bytes("αβγ", "utf-8").decode())
print("x".center(5, "·"), "ab".ljust(4, "é"), "日本".rjust(5, "*"))
print("a€b".split("€"), "€".join(["1", "2"]), "€€€".replace("€", "E", 2))
print(str(b"\xc3\xa9", "utf-8"), "\u20ac" == "€", len("\U0001F600"), "\U0001F600".encode())
for c in "aé€😀":
    print(c, len(c.encode()))
print("Ünïcödé".isalpha(), "٣".isdigit() if False else True, "日本".isalpha())
