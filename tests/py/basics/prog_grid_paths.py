# program: memoised recursion over grids with tuple keys
def paths(rows, cols, blocked=frozenset()):
    memo = {}
    def go(r, c):
        if (r, c) in blocked:
            return 0
        if r == rows - 1 and c == cols - 1:
            return 1
        if r >= rows or c >= cols:
            return 0
        key = (r, c)
        if key not in memo:
            memo[key] = go(r + 1, c) + go(r, c + 1)
        return memo[key]
    return go(0, 0), len(memo)
print(paths(3, 3), paths(10, 10), paths(18, 18)[0])
print(paths(4, 4, frozenset({(1, 1), (2, 2)})))
grid = [
    "S.#.....",
    ".##.###.",
    "....#...",
    "#.#...#E",
]
def shortest(grid):
    start = next((r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == "S")
    dist = {start: 0}
    queue = [start]
    while queue:
        r, c = queue.pop(0)
        if grid[r][c] == "E":
            return dist[(r, c)]
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < len(grid) and 0 <= nc < len(grid[0]) and grid[nr][nc] != "#" and (nr, nc) not in dist:
                dist[(nr, nc)] = dist[(r, c)] + 1
                queue.append((nr, nc))
    return -1
print(shortest(grid), shortest(["S#E"]))
