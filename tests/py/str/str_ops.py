s = "héllo"
print(s + " w", s * 2, 3 * "ab", "ab" * 0, "ab" * -1, len(s), s[0], s[-1], s[1:3], s[::-1], s[::2], s[10:], s[-100:2])
print("a" < "b", "abc" < "abd", "ab" < "abc", "B" < "a", "é" > "z", "a" == "a", "a" != "b", "a" <= "a", "b" >= "c")
print("ll" in s, "x" in s, "" in s, "é" in s, [c for c in "aé"], [c for c in reversed("abc")], sorted("cba"), max("abz"), min("xyz"))
x = "ab"
x += "cd"
x *= 2
print(x, hash("abc") == hash("ab" + "c"), bool(""), bool("a"))
k = "x"
for f in [lambda: "a" + 1, lambda: 1 + "a", lambda: "a" * "b", lambda: "a" < 1, lambda: "a"[5], lambda: "a"[k], lambda: 1 in "a", lambda: "a" - "b"]:
    try:
        print(f())
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
