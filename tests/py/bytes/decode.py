# decode with errors and codecs
print(b"hello".decode(), b"\xc3\xa9t\xc3\xa9".decode("utf-8"), b"\xe9".decode("latin-1"), b"abc".decode("ascii"), b"x".decode(encoding="UTF-8"), b"\xe2\x82\xac".decode("utf8"))
print(b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"), b"a\xffb".decode(errors="backslashreplace"), b"a\x80".decode("ascii", "replace"))
print(bytearray(b"\xc3\xa9").decode(), memoryview(b"ok").tobytes().decode())
cases = [b"\xff\xfe", b"ab\xc3", b"\xe2\x82", b"a\xc3(b", b"\xed\xa0\x80", b"\xf0\x9f\x98", b"\xc0\x80", b"\x80abc"]
for c in cases:
    try:
        c.decode()
    except UnicodeDecodeError as e:
        print(e)
        print(e.encoding, e.object, e.start, e.end, e.reason, isinstance(e, ValueError))
try:
    b"a\xe9b".decode("ascii")
except UnicodeDecodeError as e:
    print(e, e.args)
try:
    b"x".decode("nope")
except LookupError as e:
    print("LookupError", e)
try:
    bytes("é€", "ascii")
except UnicodeEncodeError as e:
    print(e)
try:
    bytes("aé", "ascii")
except UnicodeEncodeError as e:
    print(e, e.start, e.end)
print(bytes("aé€", "ascii", "replace"), bytes("aé", "ascii", "ignore"), bytes("aé", "latin-1"), bytes("é", "ascii", "backslashreplace"))
