# dict insert, lookup, update and delete
def run(n):
    d = {}
    for i in range(n):
        d["k" + str(i)] = i
    hits = 0
    for i in range(0, 2 * n, 3):
        if ("k" + str(i)) in d:
            hits += 1
    for i in range(0, n, 2):
        del d["k" + str(i)]
    ints = {}
    for i in range(n):
        ints[i * 31 % n] = ints.get(i % 97, 0) + 1
    return hits, len(d), len(ints), sum(ints.values())

print(run(200_000))
