for s in ["  hello  ", "\t\n x \r\x0b\x0c", "", "   ", "xxhixx", "\u3000a\u2003", "abc"]:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip("x")), repr(s.strip(None)), repr(s.strip("")))
print("www.example.com".strip("cmowz."), "www.example.com".lstrip("w."), "www.example.com".rstrip(".mco"))
print("ééaéé".strip("é"), "abcba".strip("ab"), "aaa".strip("a") == "")
print("TestHook".removeprefix("Test"), "TestHook".removeprefix("Hook"), "TestHook".removesuffix("Hook"), "TestHook".removesuffix(""), "x".removeprefix(""))
print("ñaño".removeprefix("ñ"), "ñaño".removesuffix("ño"))
for f in [lambda: "a".strip(1), lambda: "a".lstrip(1), lambda: "a".rstrip([]), lambda: "a".removeprefix(1), lambda: "a".removesuffix(None), lambda: "a".strip("a", "b")]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
