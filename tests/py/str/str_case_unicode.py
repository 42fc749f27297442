for s in ["hello World", "ÉCOLE ñ", "straße", "ǅungla", "ﬁne", "İstanbul", "σΣς ΟΔΟΣ", "123abc", "a1B2", "ΑΒΓ", ""]:
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
print("hello wORLD's mixed-case".title(), "they're bill's".title(), "a\u0301bc".title())
print("ß".upper(), "ß".casefold(), "ﬃ".upper(), "İ".lower(), len("İ".lower()))
print("abc".upper() is not None, "Σ".lower(), "ΑΣ".lower(), "ΑΣ ".lower(), "ΑΣΑ".lower())
