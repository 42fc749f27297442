s = "hello world"
print(s.startswith(("he", "wo")), s.startswith(("xx", "yy")), s.startswith(()), s.endswith(("ld", "x")), s.endswith(()))
print(s.startswith("wo", 6), s.startswith("wo", 6, 7), s.startswith("", 11), s.startswith("", 12), s.endswith("", 11, 11))
print(s.startswith("world", -5), s.endswith("hello", 0, 5), s.endswith("hello", None, 5), s.startswith("h", None))
print(s.endswith(("lo", "wor"), 0, 5), s.endswith("o", -7, -6), s.startswith(("", "x"), 100), s.endswith("", 5, 2))
print("".startswith(""), "".endswith(""), "".startswith("", 1), "é".startswith("é"), "日本語".endswith("語", 1))
for bad in [1, None, ["h"], ("h", 1), b"h"]:
    try:
        print(s.startswith(bad))
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        print(s.endswith(bad))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    s.startswith("h", "0")
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.startswith()
except TypeError as e:
    print(type(e).__name__, e)
