s = "héllo"
it = iter(s)
print(next(it), next(it), list(it), list(it))
print(list(enumerate("ab")), list(zip("abc", "xy")), sorted("hello"), "".join(reversed("abc")), list(map(ord, "aé")))
print(len(""), len("日本"), len("\U0001f600"), "a" * 3 == "aaa", hash("abc") == hash("ab" + "c"))
print(set("aab") == {"a", "b"}, "ab"[1:] is not None, bool(""), bool(" "), "x".__len__())
print(str.__getitem__("abc", 1), str.__len__("abcd"), "abc".__getitem__(slice(None, None, -1)))
print([c for c in "a日b" if c.isascii()], "-".join(sorted(set("mississippi"))), max("aZz"), min("aZz"))
try:
    next(iter(""))
except StopIteration:
    print("StopIteration")
print(chr(65), chr(0x10ffff) == "\U0010ffff", ord("€"), ord(b"a"), ord(bytearray(b"z")))
for bad in ["", "ab", 1, b"ab"]:
    try:
        ord(bad)
    except TypeError as e:
        print(type(e).__name__, e)
for bad in [-1, 0x110000, 1.5, "a"]:
    try:
        chr(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
