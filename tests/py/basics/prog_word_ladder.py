# program: BFS word ladder over a small dictionary
WORDS = set("cold cord card ward warm worm word wood good gold golf wolf bold bolt boat coat cost cast fast fist".split())
def neighbours(w):
    for i in range(len(w)):
        for c in "abcdefghijklmnopqrstuvwxyz":
            if c != w[i]:
                cand = w[:i] + c + w[i + 1:]
                if cand in WORDS:
                    yield cand
def ladder(start, goal):
    prev = {start: None}
    frontier = [start]
    while frontier:
        nxt = []
        for w in sorted(frontier):
            for n in sorted(neighbours(w)):
                if n not in prev:
                    prev[n] = w
                    nxt.append(n)
        if goal in prev:
            path = [goal]
            while prev[path[-1]]:
                path.append(prev[path[-1]])
            return path[::-1]
        frontier = nxt
    return None
for a, b in [("cold", "warm"), ("gold", "wolf"), ("cost", "fist"), ("cold", "boat"), ("good", "cold")]:
    print(a, b, ladder(a, b))
print(sorted(neighbours("cord")))
