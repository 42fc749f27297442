# text-processing program: word frequencies, wrapping, caesar cipher
text = """It was the best of times it was the worst of times it was the age of wisdom
it was the age of foolishness it was the epoch of belief"""
words = text.lower().split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top)
def wrap(s, width):
    lines, cur = [], ""
    for w in s.split():
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = cur + " " + w if cur else w
    if cur:
        lines.append(cur)
    return lines
for line in wrap(text, 30):
    print("|" + line.ljust(30) + "|")
def caesar(s, k):
    out = []
    for ch in s:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + k) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)
enc = caesar("Hello, World!", 3)
print(enc, caesar(enc, -3))
def rle(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(s[i] + str(j - i))
        i = j
    return "".join(out)
print(rle("aaabccddddde"), rle(""), rle("x"))
print(" ".join(w[0].upper() + w[1:] for w in "make title case".split()))
table = [("name", "qty"), ("apple", 3), ("kiwi", 12)]
for name, qty in table:
    print("%-8s%5s" % (name, qty))
print("-".join(reversed("a.b.c".split("."))), "".join(sorted("python")))
pal = "A man a plan a canal Panama"
clean = "".join(c.lower() for c in pal if c.isalpha())
print(clean == clean[::-1])
