# program: Conway's game of life on a small torus
W, H = 10, 8
def step(cells):
    new = set()
    counts = {}
    for (x, y) in cells:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    k = ((x + dx) % W, (y + dy) % H)
                    counts[k] = counts.get(k, 0) + 1
    for k, c in counts.items():
        if c == 3 or (c == 2 and k in cells):
            new.add(k)
    return new
def show(cells):
    for y in range(H):
        print("".join("#" if (x, y) in cells else "." for x in range(W)))
glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
cells = set(glider)
for gen in range(4):
    print("gen", gen, len(cells))
    show(cells)
    cells = step(cells)
blinker = {(4, 4), (5, 4), (6, 4)}
print(step(step(blinker)) == blinker, sorted(step(blinker)))
for _ in range(36):
    cells = step(cells)
print(len(cells), sorted(cells))
