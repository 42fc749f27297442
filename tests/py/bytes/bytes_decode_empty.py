print(repr(b"".decode("no-such-codec")), repr(bytearray().decode("bogus", "bogus")), repr(str(b"", "bogus")))
for call in [lambda: b"x".decode("no-such-codec"), lambda: "".encode("no-such-codec"), lambda: bytes("", "bogus"), lambda: b"x".decode(None),
             lambda: b"x".decode("utf-8", None), lambda: b"x".decode(errors=1)]:
    try:
        print(repr(call()))
    except (LookupError, TypeError) as e:
        print(type(e).__name__, e)
print(b"x".decode("ascii", "bogus-handler"), repr(b"\xff".decode("latin-1", "bogus")))
