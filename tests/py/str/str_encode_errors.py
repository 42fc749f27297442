s = "aé日\U0001f600"
for enc in ["utf-8", "UTF8", "utf_8", "latin-1", "latin1", "iso-8859-1", "ascii", "us-ascii"]:
    for err in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
        try:
            print(enc, err, s.encode(enc, err))
        except UnicodeEncodeError as e:
            print(enc, err, type(e).__name__, e)
        except LookupError as e:
            print(enc, err, type(e).__name__, e)
print(s.encode(errors="ignore"), "abc".encode(encoding="ascii"))
for args in [("nope",), ("ascii", "nope"), (1,), ("ascii", 1)]:
    try:
        print("é".encode(*args))
    except (LookupError, TypeError) as e:
        print(type(e).__name__, e)
try:
    "a".encode(foo=1)
except TypeError as e:
    print(type(e).__name__, e)
