# is* predicates
tests = [b"", b"abc", b"ABC", b"Abc", b"a1", b"123", b" \t\n", b"Hello World", b"Hello world", b"hello", b"HELLO1", b"\xe9", b"A Title Here", b"a-b", b"aB"]
for t in tests:
    print(t, t.isalnum(), t.isalpha(), t.isdigit(), t.islower(), t.isupper(), t.isspace(), t.istitle(), t.isascii())
print(bytearray(b"ab").isalpha(), bytearray(b"Ab Cd").istitle())
