parts = [str(i) for i in range(200)]
s = ",".join(parts)
print(len(s), s[:20], s[-20:], s.count(","), s.split(",")[150], s.rsplit(",", 3)[1:])
big = "ab" * 5000
print(len(big), big.count("ba"), big.find("bb"), big.rfind("ab"), big.replace("ab", "c")[:5], len(big.replace("a", "")))
print(len(big.upper()), big.upper()[:4], big[::1000], big[9999], big.startswith("ab" * 100))
print(("x" * 100).center(110, "-")[:12], len("é" * 1000), ("é" * 1000)[500:503], ("日" * 300).find("日", 299))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words), " ".join(w.capitalize() for w in words), {w: words.count(w) for w in words}["the"])
