s = "A\xe9\u65e5\U0001f600"
for enc in ["utf-16", "utf-16-le", "utf-16-be", "UTF16", "utf_16_le"]:
    b = s.encode(enc)
    print(enc, b, b.decode(enc) == s, len(b))
print(b"\xfe\xff\x00A\x00B".decode("utf-16"), b"\xff\xfeA\x00B\x00".decode("utf-16"), repr(b"\xff\xfeA\x00".decode("utf-16-le")))
print(repr(b"".decode("utf-16")), repr(b"\xff\xfe".decode("utf-16")), repr("".encode("utf-16")))
bad = [b"A", b"\x00\xd8", b"\x00\xd8A\x00", b"\x00\xdcA\x00", b"\x00\xd8\x00", b"A\x00\x00\xd8\x00\xd8"]
for b in bad:
    for err in ["strict", "replace", "ignore", "backslashreplace"]:
        try:
            print(b, err, repr(b.decode("utf-16-le", err)))
        except UnicodeDecodeError as e:
            print(b, err, type(e).__name__, e, e.start, e.end, e.encoding)
try:
    b"\xfe\xff\x00".decode("utf-16")
except UnicodeDecodeError as e:
    print(type(e).__name__, e, e.encoding)
print(str(b"\x00h\x00i", "utf-16-be"), bytes("hi", "utf-16-le"), bytearray("é", "utf-16-be"))
