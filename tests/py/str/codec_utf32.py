s = "A\xe9\u65e5\U0001f600"
for enc in ["utf-32", "utf-32-le", "utf-32-be", "UTF32", "utf_32_be"]:
    b = s.encode(enc)
    print(enc, b, b.decode(enc) == s, len(b))
print(b"\x00\x00\xfe\xff\x00\x00\x00A".decode("utf-32"), repr(b"\xff\xfe\x00\x00".decode("utf-32")), repr(b"".decode("utf-32-be")))
bad = [b"abc", b"A\x00\x00\x00B", b"\x00\x00\x11\x00", b"\x00\xd8\x00\x00", b"\xff\xff\xff\xff"]
for b in bad:
    for err in ["strict", "replace", "ignore", "backslashreplace"]:
        try:
            print(b, err, repr(b.decode("utf-32-le", err)))
        except UnicodeDecodeError as e:
            print(b, err, type(e).__name__, e, e.start, e.end, e.reason)
try:
    b"\x00\x00\xfe\xff\x00\x00".decode("utf-32")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
