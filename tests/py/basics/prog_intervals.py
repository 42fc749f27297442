# program: interval merging, spiral matrix, and run grouping
def merge(intervals):
    out = []
    for s, e in sorted(intervals):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return out
print(merge([[1, 3], [2, 6], [8, 10], [15, 18]]), merge([[1, 4], [4, 5]]), merge([]), merge([[5, 7], [1, 2], [2, 5]]))
def spiral(n):
    m = [[0] * n for _ in range(n)]
    x = y = 0
    dx, dy = 1, 0
    for k in range(1, n * n + 1):
        m[y][x] = k
        nx, ny = x + dx, y + dy
        if not (0 <= nx < n and 0 <= ny < n and m[ny][nx] == 0):
            dx, dy = -dy, dx
            nx, ny = x + dx, y + dy
        x, y = nx, ny
    return m
for row in spiral(5):
    print(" ".join("%2d" % v for v in row))
def runs(seq):
    out = []
    for v in seq:
        if out and v == out[-1][-1] + 1:
            out[-1].append(v)
        else:
            out.append([v])
    return [("%d-%d" % (r[0], r[-1])) if len(r) > 1 else str(r[0]) for r in out]
print(runs([1, 2, 3, 5, 7, 8, 9, 10, 12]), runs([]))
def rotate(m):
    return [list(r) for r in zip(*m[::-1])]
print(rotate([[1, 2, 3], [4, 5, 6]]), rotate(rotate([[1, 2], [3, 4]])))
