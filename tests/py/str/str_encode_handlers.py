s = "Größe €5 \U0001f600!"
for enc in ["ascii", "latin-1"]:
    for err in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
        print(enc, err, s.encode(enc, err), s.encode(encoding=enc, errors=err) == s.encode(enc, err))
print(s.encode(), len(s), len(s.encode()), s.encode("utf-8", "strict").decode() == s)
print("abc".encode("ascii", "nope"), "é".encode("utf-8", "nope"))
try:
    "é".encode("ascii", "nope")
except LookupError as e:
    print(type(e).__name__, e)
print(b"abc".decode("ascii", "nope"))
try:
    b"\xff".decode("ascii", "nope")
except LookupError as e:
    print(type(e).__name__, e)
print(b"a\xffb\xfec".decode("latin-1"), b"a\xffb".decode("utf-8", errors="replace"), b"\xe6\x97\xa5\xff".decode("utf8", "backslashreplace"))
