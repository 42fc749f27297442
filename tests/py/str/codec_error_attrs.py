try:
    "abé日x".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
    print(e.encoding, repr(e.object), e.start, e.end, e.reason, e.args[0], isinstance(e, UnicodeError), isinstance(e, ValueError))
try:
    "a\xe9\xe9b".encode("ascii")
except UnicodeEncodeError as e:
    print(e, e.start, e.end)
try:
    "\u20ac".encode("latin-1")
except UnicodeEncodeError as e:
    print(e, e.start, e.end)
try:
    b"ab\xffcd".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
    print(e.encoding, e.object, e.start, e.end, e.reason, isinstance(e, UnicodeError))
try:
    b"\xe6\x97".decode()
except UnicodeDecodeError as e:
    print(e, e.start, e.end, e.reason)
try:
    b"\xe6\x97x".decode()
except UnicodeDecodeError as e:
    print(e, e.start, e.end, e.reason)
try:
    b"\x80abc".decode("ascii")
except UnicodeError as e:
    print(type(e).__name__, e, e.object[e.start:e.end])
e = UnicodeDecodeError("utf-8", b"xyz", 1, 2, "custom reason")
print(e, e.args)
e = UnicodeEncodeError("ascii", "xyz", 0, 3, "why")
print(e, e.end)
