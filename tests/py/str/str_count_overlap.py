print("aaaaa".count("aa"), "aaaaa".count("aaa"), "abababa".count("aba"))
print("".count(""), "".count("a"), "abc".count(""), "abc".count("", 1), "abc".count("", -1))
print("abc".count("", 3), "abc".count("", 4), "abc".count("", 2, 1))
print("héhéhé".count("é"), "héhéhé".count("hé", 1), "日本日本".count("日本"))
print(("ab" * 50).count("ab", 10, 20), ("ab" * 50).count("ba", -10))
print("abc".count("abcd"), "abcabc".count("abc", 0, 5), "abcabc".count("abc", 0, 6))
try:
    "abc".count()
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".count(b"a")
except TypeError as e:
    print(type(e).__name__, e)
