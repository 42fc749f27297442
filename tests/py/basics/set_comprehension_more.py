# set comprehensions and set algebra in algorithms
words = "apple banana cherry date elderberry fig grape".split()
print(sorted({w[0] for w in words}), sorted({len(w) for w in words}))
print(sorted({c for w in words for c in w if c in "aeiou"}))
a = {x for x in range(20) if x % 2 == 0}
b = {x for x in range(20) if x % 3 == 0}
print(sorted(a & b), sorted(a - b)[:5], len(a | b), sorted(a ^ b)[:6])
def primes_upto(n):
    composite = {j for i in range(2, int(n ** 0.5) + 1) for j in range(i * i, n + 1, i)}
    return sorted(set(range(2, n + 1)) - composite)
print(primes_upto(60))
seen = set()
dups = []
for x in [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]:
    if x in seen:
        dups.append(x)
    seen.add(x)
print(sorted(seen), dups)
pairs = {(min(a, b), max(a, b)) for a in range(4) for b in range(4) if a != b}
print(sorted(pairs), len(pairs))
print(frozenset({1, 2}) in {frozenset({2, 1}): "x"}, {frozenset(s) for s in ["ab", "ba", "c"]} == {frozenset("ab"), frozenset("c")})
