samples = ["", "abc", "ABC", "abc123", "123", "12.5", " ", " \t\n\r\x0b\x0c", "a b", "é", "日本", "٣", "²", "½", "Ⅷ",
           "_id", "1id", "id1", "a-b", "\x00", "\x7f", "tab\t", "ab\u00a0", "\u2028", "ÿ", "𝟘", "①", "if", "αβγ"]
for s in samples:
    print(repr(s), s.isalpha(), s.isalnum(), s.isdecimal(), s.isdigit(), s.isnumeric(),
          s.isspace(), s.isascii(), s.isprintable(), s.isidentifier(), s.islower(), s.isupper())
for m in ["isalpha", "isdigit", "isspace", "isascii", "isidentifier"]:
    try:
        getattr("a", m)(1)
    except TypeError as e:
        print("TypeError", e)
