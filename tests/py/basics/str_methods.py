# str methods
s = "  Hello, World  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("xxhixx".strip("x")))
print(s.lower(), s.upper(), "hello world".title(), "hELLO".swapcase(), "hello".capitalize())
print("a,b,,c".split(","), "a b  c ".split(), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1))
print("".split(","), "".split(), "  ".split(), "abc".split("b"))
print("l1\nl2\r\nl3".splitlines(), "l1\nl2\n".splitlines(True))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"))
print("hello".find("l"), "hello".find("z"), "hello".rfind("l"), "hello".index("e"), "hello".rindex("l"))
print("hello".find("l", 3), "hello".find("l", 1, 3), "hello".count("l"), "aaaa".count("aa"), "abc".count(""))
print("hello".replace("l", "L"), "hello".replace("l", "L", 1), "aaa".replace("", "-"))
print("hello".startswith("he"), "hello".endswith("lo"), "hello".startswith(("x", "h")), "hello".startswith("l", 2))
print("abc".isalpha(), "ab1".isalnum(), "123".isdigit(), "  ".isspace(), "abc".islower(), "ABC".isupper(), "".isalpha())
print("12".zfill(5), "-12".zfill(5), "ab".center(6, "*"), "ab".ljust(5, "."), "ab".rjust(5), "abc".center(2))
print("a\tb".expandtabs(4), "key=val=x".partition("="), "key=val=x".rpartition("="), "abc".partition("z"))
print("Hello".casefold() if hasattr(str, "casefold") else "hello")
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"), "abc".removeprefix("z"))
print("{}-{}".format(1, 2), "abc".encode(), "é".encode("utf-8"))
print("Title Case".istitle(), "a1".isdigit(), "x".isidentifier(), "1x".isidentifier())
try:
    "hello".index("z")
except ValueError as e:
    print("ValueError", e)
try:
    "a".join([1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    "abc".split("")
except ValueError as e:
    print("ValueError", e)
print("mississippi".split("ss"), "mississippi".rsplit("i", 2), "a b c".rsplit(None, 1))
print("ab".startswith(""), "".endswith(""), "abc".endswith(("c", "d")))
print(" x ".strip(" x"), "xyxzx".lstrip("xy"), "www.example.com".strip("cmowz."))
