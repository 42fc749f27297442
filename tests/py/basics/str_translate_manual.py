# character mapping done manually with dicts and comprehensions
table = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5"}
def leet(s):
    return "".join(table.get(c, c) for c in s)
print(leet("this is a lesson in obsession"))
rot13 = {}
for base in (ord("a"), ord("A")):
    for i in range(26):
        rot13[chr(base + i)] = chr(base + (i + 13) % 26)
def rot(s):
    return "".join(rot13.get(c, c) for c in s)
msg = "Hello, World! Why did the chicken cross the road?"
print(rot(msg), rot(rot(msg)) == msg)
strip_vowels = lambda s: "".join(c for c in s if c.lower() not in "aeiou")
print(strip_vowels(msg))
counts = {}
for c in msg.lower():
    if c.isalpha():
        counts[c] = counts.get(c, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:6])
