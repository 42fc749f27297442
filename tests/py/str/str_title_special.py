words = ["ᾀδης", "ᾳ", "ᾲ", "ᾷx", "ῃ", "ῴ", "ǆemal", "ǉubav", "ǌ", "ǳ", "ß", "ŉ", "ﬂow", "ﬀ", "ა", "აბგ დე", "ᾈ", "ǅ"]
for w in words:
    print(repr(w), repr(w.title()), repr(w.capitalize()), repr(w.upper()), repr(w.lower()), w.istitle(), w.title().istitle())
print("ᾀ ᾁ ᾂ".title(), "ǆ ǉ ǌ ǳ".title(), "ǆ-ǉ".capitalize(), "xᾀ".title(), "ῼ".lower(), "ᾼ".upper(), "ῳ".swapcase())
