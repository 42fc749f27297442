cases = [("日本", "l1", "bogus"), ("日本", "latin-1", "bogus"), ("日本", "cp819", "xmlcharrefreplace"), ("é", "ascii", "namereplace2"), ("é", "us-ascii", "ignore")]
for s, enc, err in cases:
    try:
        print(repr(s.encode(enc, err)))
    except (LookupError, TypeError) as e:
        print(type(e).__name__, e)
dcases = [(b"abc", "utf-16-le", "bogus"), (b"abc", "utf-16", "bogus"), (b"abc", "utf-32-be", "bogus"), (b"abc", "utf32", "bogus"),
          (b"\xff", "utf-8", "xmlcharrefreplace"), (b"\xff", "U8", "bogus"), (b"\xff", "ascii", "xmlcharrefreplace"), (b"abc", "utf-16-le", "xmlcharrefreplace"),
          (b"\xff", "utf8", "bogus"), (b"ok", "utf-16-be", "bogus"), (b"\xff", "nope", "strict")]
for b, enc, err in dcases:
    try:
        print(repr(b.decode(enc, err)))
    except (LookupError, TypeError, UnicodeDecodeError) as e:
        print(type(e).__name__, e)
