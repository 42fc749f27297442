# string iteration, membership, comparison, multiplication edge cases
s = "abcabc"
print([c for c in s if c != "b"], "".join(reversed(s)), s.count("bc"), s.index("c", 3))
print(min(s), max(s), sorted(set(s)), len(s * 3), (s * 0) == "")
print("a" < "aa" < "b", "Z" < "a", "10" < "9", "abc" > "ab")
print(s[1:-1], s[-1::-2], s[:100], s[3:1], repr(s[5:5]))
print(list(map(ord, "AZaz09")), "".join(map(chr, range(97, 102))))
print("x".join("abc"), "->".join(str(i) for i in range(4)))
words = "the quick brown fox".split()
print([w.capitalize() for w in words], " ".join(w[::-1] for w in words))
print(max(words, key=len), sorted(words, key=lambda w: w[-1]))
acc = ""
for i in range(5):
    acc += str(i) * i
print(acc, len(acc))
print("%s|%s" % ("a" * 3, "-" * 5), "=" * 10)
print("abc".upper().lower().title(), " a b ".replace(" ", ""))
print(str(12345)[::-1], int(str(12345)[::-1]) + 1)
print("é" * 2, len("é" * 2), "ñandú".upper(), "ÀÉ".lower())
text = "line one\nline two\n\nline four"
for i, line in enumerate(text.split("\n")):
    print(i, repr(line), len(line))
print("a\tb".split("\t"), "1,2,3".split(",")[1:], "::".join(["", ""]))
print("Hello"[0].isupper(), "hello"[1:].islower(), "hello world".count("o"))
