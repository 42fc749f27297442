s = "café café ﬁle 日本日本"
print(s.replace("é", "e"), s.replace("café", "tea", 1), s.replace("日本", "x", -1), s.replace("", "·", 4))
print(s.replace("ﬁ", "fi"), s.replace(" ", ""), s.replace("é ", "é\n"), len(s.replace("日", "日日")))
print("aaa".replace("a", "aa", 2), "abab".replace("ab", "ba"), "xyx".replace("x", "", 1), "".replace("", "", 5) == "")
print("\U0001f600x\U0001f600".replace("\U0001f600", "!"), "ÀÀ".replace("À", "A", True))
