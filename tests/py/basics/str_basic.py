# string literals, indexing, escapes, operators
s = "hello"
print(s, len(s), s[0], s[-1], s[1:3], s[::-1], s[::2], s[10:], s[-100:2])
print("a" + "b", "ab" * 3, 3 * "x", "x" * 0, "x" * -1)
print("ell" in s, "z" in s, "" in s, "z" not in s)
print('single', "double", '''triple''', """tri
ple""")
print("tab\there", "nl\\n", "quote\"s", 'it\'s', "\x41\u00e9\101")
print(r"raw\n\t", len(r"\n"), len("\n"))
print("a" "b" "c")
print(repr("abc"), repr("a'b"), repr('a"b'), repr("a'b\"c"), repr("\n\t\\"), repr("\x00\x7f"))
print(repr("é"), repr("日本"), len("日本"), "日本"[1])
print(str(123), str(-1.5), str(None), str([1, "a"]), str((1,)))
print(ord("A"), chr(65), ord("é"), chr(0x263A), ord("\n"))
for i, c in enumerate("abc"):
    print(i, c)
print(list("xyz"), tuple("ab"), sorted("banana"))
try:
    s[10]
except IndexError as e:
    print("IndexError", e)
try:
    s[0] = "H"
except TypeError as e:
    print("TypeError", e)
try:
    "a" + 1
except TypeError as e:
    print("TypeError", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError", e)
t = s
t += " world"
print(s, t)
print("abc" == "abc", "abc" != "abd", "a" * 3 == "aaa")
print(str(b"abc", "utf-8"), str("x"), str())
print("%s" % "ok", "x".__len__())
