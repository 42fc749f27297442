tests = ["abc", "ABC", "Abc", "aBC", "123", "١٢٣", "½", "²", "Ⅻ", "  ", "\t\n", "", "abc123", "ñ", "日本",
         "Hello World", "Hello world", "ǅ", "a_b", "_", "x1", "1x", "\u00a0", "\u200b", "ﬁ", "Σ", "é́"]
for s in tests:
    print(repr(s), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isspace(),
          s.islower(), s.isupper(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii())
print("\x7f".isprintable(), "\n".isprintable(), " ".isprintable(), "\u2028".isprintable(), "\xad".isprintable())
print("def".isidentifier(), "𝔘nicode".isidentifier(), "a-b".isidentifier(), "℘x".isidentifier())
