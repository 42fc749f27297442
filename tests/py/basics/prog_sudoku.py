# program: backtracking sudoku solver on a 4x4 and a 9x9 puzzle
def solve(grid, n, box):
    for i in range(n * n):
        if grid[i] == 0:
            r, c = divmod(i, n)
            used = set(grid[r * n:(r + 1) * n]) | {grid[k * n + c] for k in range(n)}
            br, bc = r - r % box, c - c % box
            used |= {grid[(br + dr) * n + bc + dc] for dr in range(box) for dc in range(box)}
            for v in range(1, n + 1):
                if v not in used:
                    grid[i] = v
                    if solve(grid, n, box):
                        return True
            grid[i] = 0
            return False
    return True
def show(grid, n):
    for r in range(n):
        print(" ".join(str(v) for v in grid[r * n:(r + 1) * n]))
g4 = [1, 0, 0, 0,
      0, 0, 3, 0,
      0, 4, 0, 0,
      0, 0, 0, 2]
print(solve(g4, 4, 2))
show(g4, 4)
puzzle = ("530070000600195000098000060800060003400803001700020006060000280000419005000080079")
g9 = [int(ch) for ch in puzzle]
print(solve(g9, 9, 3))
show(g9, 9)
print(all(sorted(g9[r * 9:(r + 1) * 9]) == list(range(1, 10)) for r in range(9)))
