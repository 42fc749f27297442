# replace / strip family / removeprefix edge cases and errors
print("aaa".replace("a", "b", 2), "aaa".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "abc".replace("b", "", -1))
print("abc".replace("abc", ""), "aXbXc".replace("X", "YY", 0), "abab".replace("ab", "ba"), "é€".replace("€", "e"))
print(repr("  x \t\n".strip()), repr("xxaxx".strip("x")), repr("abcba".lstrip("ab")), repr("abcba".rstrip("ba")), repr("\u3000x\x85".strip()))
print(repr("x".strip(None)), repr("".strip("a")), repr("aaa".strip("a")), "prefix_x".removeprefix("prefix_"), "x.py".removesuffix(".py"))
def t(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: "a".replace("a"))
t(lambda: "a".replace(1, "b"))
t(lambda: "a".replace("a", 2))
t(lambda: "a".replace("a", "b", "1"))
t(lambda: "a".replace("a", "b", count=1))
t(lambda: "a".strip(1))
t(lambda: "a".lstrip("a", "b"))
t(lambda: "a".rstrip(b"a"))
t(lambda: "a".removeprefix(None))
t(lambda: "a".removesuffix())
t(lambda: "a".removeprefix(b"a"))
t(lambda: "aaa".replace("a", "bb" * 3, 2**70))
