# dict comprehensions: duplicate keys, conditions, nested, from enumerate/zip
print({x % 3: x for x in range(10)})
print({k: v for k, v in zip("aba", [1, 2, 3])})
print({i: c for i, c in enumerate("hello") if c != "l"})
print({w: len(w) for w in "the cat sat on the mat".split()})
inv = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inv)
grid = {(r, c): r * 3 + c for r in range(2) for c in range(3)}
print(grid, grid[1, 2])
nested = {k: {i: i * k for i in range(k)} for k in range(1, 4)}
print(nested)
print({str(k): [v] * k for k, v in [(1, "a"), (2, "b")]})
counts = {ch: "mississippi".count(ch) for ch in sorted(set("mississippi"))}
print(counts)
print({k: v for k, v in sorted(counts.items(), key=lambda kv: -kv[1])})
