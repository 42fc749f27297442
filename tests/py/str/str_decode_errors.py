data = [b"abc", b"\xc3\xa9", b"\xff\xfe", b"a\x80b", b"\xe6\x97", b"\xed\xa0\x80", b"\xf0\x9f\x98\x80", b"\xc0\xaf", b"\xf8\x88\x80\x80\x80"]
for b in data:
    for err in ["strict", "ignore", "replace", "backslashreplace"]:
        try:
            print(b, err, repr(b.decode("utf-8", err)))
        except UnicodeDecodeError as e:
            print(b, err, type(e).__name__, e)
for b in [b"\x80\xff", b"plain"]:
    for enc in ["ascii", "latin-1"]:
        try:
            print(enc, repr(b.decode(enc)), repr(b.decode(enc, "replace")))
        except UnicodeDecodeError as e:
            print(enc, type(e).__name__, e)
print(repr(b"\xff\xfea\x00".decode("utf-16")), repr(b"a\x00b\x00".decode("utf-16-le")), repr(b"\x00a".decode("utf-16-be")))
try:
    b"a".decode("utf-16")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(str(b"\xc3\xa9", "utf-8"), str(b"a\xffb", "ascii", "ignore"), str(b"x", encoding="utf-8"), str(bytearray(b"hi"), "ascii"))
try:
    str("abc", "utf-8")
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"x".decode("bogus")
except LookupError as e:
    print(type(e).__name__, e)
