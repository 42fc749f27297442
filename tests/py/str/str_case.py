for s in ["hello World", "HELLO", "hello", "Hello World", "", "123", "a1B2", "ß straße", "ǆemal", "ŉ x",
          "they're bill's friends", "hello-world_foo bar", "ÉCOLE", "İstanbul", "ΣΊΣΥΦΟΣ", "ﬁsh", "Ab Cd 1a"]:
    print(repr(s), repr(s.lower()), repr(s.upper()), repr(s.swapcase()), repr(s.title()), repr(s.capitalize()), repr(s.casefold()))
    print(s.islower(), s.isupper(), s.istitle())
print("a".lower() is not None, "ABC".lower(), "abc".upper())
print("Hello World".istitle(), "Hello world".istitle(), "HELLO".istitle(), "1A".istitle(), "A1a".istitle(), "".istitle())
print("aBC".capitalize(), "123abc".capitalize(), " abc".capitalize())
