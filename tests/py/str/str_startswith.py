s = "hello world"
print(s.startswith("hello"), s.startswith("world"), s.startswith("world", 6), s.startswith("wor", 6, 8))
print(s.endswith("world"), s.endswith("hello"), s.endswith("hello", 0, 5), s.endswith("o", 0, -6))
print(s.startswith(("x", "he")), s.endswith(("x", "y")), s.startswith(()), s.endswith(("",)))
print("abc".startswith("", 3), "abc".startswith("", 4), "abc".endswith("", 3), "abc".endswith("", 4))
print("abc".startswith("a", -3), "abc".endswith("c", -1), "abc".startswith("abcd"))
print("ñandú".startswith("ña"), "ñandú".endswith("dú"), "ñandú".startswith("and", 1))
for bad in [1, None, ["a"], ("a", 1)]:
    try:
        print(s.startswith(bad))
    except TypeError as e:
        print("TypeError", e)
    try:
        print(s.endswith(bad))
    except TypeError as e:
        print("TypeError", e)
