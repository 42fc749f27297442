s = "xxhelloxyx"
print(s.strip("x"), s.strip("xy"), s.lstrip("x"), s.rstrip("yx"), s.strip(""), s.strip(None))
print("  \t\n hi \r\x0b\x0c".strip(), repr("\u3000\u2003 hi \x85".strip()), repr(" a ".lstrip()), repr(" a ".rstrip()))
print("www.example.com".strip("cmowz."), "aaa".strip("a") == "", "abcba".strip("ab"), "日本日".strip("日"))
print("é-é".strip("é"), "abc".lstrip("cba"), "abc".rstrip("abc"), "".strip("x"))
for bad in [1, b"x", ["x"]]:
    for name in ("strip", "lstrip", "rstrip"):
        try:
            getattr("abc", name)(bad)
        except TypeError as e:
            print(type(e).__name__, e)
try:
    "abc".strip("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".strip(chars="a")
except TypeError as e:
    print(type(e).__name__, e)
