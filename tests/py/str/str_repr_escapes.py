for s in ["plain", "it's", 'say "hi"', "both ' and \"", "\n\t\r\\", "\x00\x07\x1b\x7f", "\x80\x9f\xa0\xad", "é日", "\u200b\u2028\ufeff", "\U0001f600\U000e0001", "\ud7ff\ue000"]:
    print(repr(s), ascii(s), len(repr(s)))
print(repr("'"), repr('"'), repr("'\""), ascii("\xff\u0100\U00010000"))
print(str("'"), "%r" % "a'b", "{!r}".format("\n"), f"{'x'!a}")
print(repr("\x85"), repr("\u0378"), repr("\u00a0"), repr("\u3000"), repr("\U0010ffff"))
