# nested comprehensions and comprehension scoping rules
n = 4
table = [[i * j for j in range(1, n + 1)] for i in range(1, n + 1)]
for row in table:
    print(row)
flat = [x for row in table for x in row if x % 2 == 0]
print(flat, len(flat))
print([[c for c in w] for w in ["ab", "cde"]])
print({i: {j: i * j for j in range(i)} for i in range(4)})
print([(i, j, k) for i in range(3) for j in range(i) for k in range(j)])
trans = [[row[i] for row in table] for i in range(n)]
print(trans == table, [sum(col) for col in zip(*table)])
x = 100
print([x for x in range(3)], [[x for x in range(2)] for _ in range(2)], x)
funcs = [lambda: y for y in range(3)]
print([f() for f in funcs])
class K:
    factor = 3
    scaled = [factor * i for i in range(3)] if False else [3 * i for i in range(3)]
print(K.scaled)
words = ["apple", "banana", "cherry"]
print({w: [c for c in w if c in "aeiou"] for w in words})
print(sorted({len(w) for w in words}), {c for w in words for c in w if c > "r"} == {"y"})
matrix = [[1, 2], [3, 4], [5, 6]]
print([[r[c] * 10 for r in matrix if r[0] > 1] for c in range(2)])
