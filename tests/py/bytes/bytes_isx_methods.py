tests = [b"", b"abc", b"ABC", b"Abc Def", b"abc123", b"123", b" \t\n", b"\x80", b"a b", b"Hello World", b"hello World", b"_", b"\xe9", b"1a", b"A1 B2"]
for t in tests:
    print(t, t.isalnum(), t.isalpha(), t.isascii(), t.isdigit(), t.islower(), t.isspace(), t.istitle(), t.isupper())
ba = bytearray(b"Title Case")
print(ba.istitle(), ba.isalpha(), ba.isascii(), bytearray().isspace(), bytearray(b"\x0b\x0c").isspace())
try:
    b"a".isalpha(1)
except TypeError as e:
    print(type(e).__name__, e)
