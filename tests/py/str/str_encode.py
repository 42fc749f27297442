print("hello".encode(), "héllo".encode(), "héllo".encode("utf-8"), "héllo".encode("latin-1"), "abc".encode("ascii"))
print("héllo".encode("ascii", "ignore"), "héllo".encode("ascii", "replace"), "héllo€".encode("latin-1", "replace"))
print("hé€llo".encode("ascii", "backslashreplace"), "hé€".encode("ascii", "xmlcharrefreplace"), "x".encode(encoding="UTF8"), "é".encode("Latin_1"))
print(str(b"abc", "ascii"), str(b"h\xc3\xa9", "utf-8"), str(b"h\xe9", "latin-1"), str(b"h\xe9", encoding="latin1"), str(b"a\xffb", "utf-8", "ignore"))
print(repr(str(b"a\xffb", "utf-8", "replace")), str(b"xyz", "ascii"), str(b"a\xffb", errors="backslashreplace"), repr(str(b"", "utf-8")))
for f in [lambda: "é".encode("ascii"), lambda: "éè".encode("ascii"), lambda: "a€".encode("latin-1"), lambda: "a".encode("nope"),
          lambda: "é".encode("ascii", "bogus"), lambda: "a".encode(1), lambda: str(b"\xff", "utf-8"), lambda: str(b"ab\xe9cd", "ascii"),
          lambda: str(b"a\xe2\x82", "utf-8"), lambda: str(b"a\xe2\x82b", "utf-8"), lambda: str(b"\xc0\x80", "utf-8"), lambda: str(b"\xe0\x80", "utf-8"),
          lambda: str(1, "utf-8"), lambda: str("a", "utf-8"), lambda: str(b"a", "zzz"), lambda: str(b"a", errors=1), lambda: str(x=1)]:
    try:
        print(f())
    except (UnicodeError, LookupError, TypeError) as e:
        print(type(e).__name__, e)
