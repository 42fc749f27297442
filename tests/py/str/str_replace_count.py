s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 1), s.replace("one", "1", 0), s.replace("one", "1", -1), s.replace("one", "1", 10))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "".replace("a", "x"), "".replace("", "x", 0))
print("aaaa".replace("aa", "b"), "aaa".replace("a", ""), "abc".replace("abc", ""), "héé".replace("é", "e"))
print("abc".replace("x", "y"), "a.b.c".replace(".", "::", 1), "日本".replace("本", "本本"))
print("abc".replace("b", "B", True), "abc".replace("b", "B", False))
for args in [(1, "a"), ("a", 1), ("a", "b", "1"), ("a", "b", 1.0), ("a",)]:
    try:
        print("abc".replace(*args))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    "abc".replace("a", "b", count=1)
except TypeError as e:
    print(type(e).__name__, e)
