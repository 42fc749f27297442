# bytes is* predicates are ASCII only
samples = [b"", b"abc", b"ABC", b"Abc Def", b"123", b"a1", b" \t\n\r\x0b\x0c", b"\x1c", b"\xe9",
           b"Hello World", b"hELLO", b"a b", b"\x00", b"A1B", b"Ab1 Cd"]
for s in samples:
    print(s, s.isalnum(), s.isalpha(), s.isdigit(), s.islower(), s.isupper(), s.isspace(), s.istitle(), s.isascii())
    b = bytearray(s)
    assert (b.isalnum(), b.isalpha(), b.isdigit(), b.islower(), b.isupper(), b.isspace(), b.istitle(), b.isascii()) == \
        (s.isalnum(), s.isalpha(), s.isdigit(), s.islower(), s.isupper(), s.isspace(), s.istitle(), s.isascii())
print(hasattr(b"", "isdecimal"), hasattr(b"", "isnumeric"), hasattr(b"", "isidentifier"), hasattr(b"", "isprintable"))
for m in ("isalnum", "isascii", "istitle"):
    try:
        getattr(b"a", m)(1)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    bytes.isdigit("1")
except TypeError as e:
    print(type(e).__name__, e)
