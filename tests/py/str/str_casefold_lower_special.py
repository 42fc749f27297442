# casefold vs lower on special characters
samples = ["Straße", "ﬁ", "İstanbul", "ΣΑΣ", "MASSE", "ǅ", "Ꭰ", "µ", "ŉ", "", "ABC123"]
for s in samples:
    print(repr(s), repr(s.casefold()), repr(s.lower()), repr(s.upper()))
print("Straße".casefold() == "STRASSE".casefold())
print("ß".upper(), "ß".title(), "ß".capitalize())
print("ﬁx".title(), "ﬁx".capitalize())
print("ΌΣΟΣ".lower())
print("aΣ".lower(), "Σa".lower(), "aΣb".lower(), "a Σ".lower())
print("hello".swapcase(), "ß".swapcase(), "ǅ".swapcase())
for m in ("casefold", "lower", "upper", "swapcase", "title", "capitalize"):
    try:
        getattr("x", m)(1)
    except TypeError as e:
        print(m, type(e).__name__, e)
try:
    str.casefold(b"x")
except TypeError as e:
    print(type(e).__name__, e)
