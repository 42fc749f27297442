# Iteration order of int sets after mixed operations follows CPython's table.
seed = 12345


def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    return seed % n


def rset(k, span):
    s = set()
    for _ in range(k):
        s.add(rnd(span) - span // 4)
    return s


for trial in range(150):
    span = [10, 40, 100, 1000, 1 << 40][trial % 5]
    a = rset(rnd(30), span)
    b = rset(rnd(30), span)
    print(a, b)
    print(a | b, a & b, a - b, b - a, a ^ b)
    print(a.union(b, [1, 2, 3]), a.intersection(b, a), a.difference(b, [0]))
    print(a.symmetric_difference(list(b)), a.copy(), frozenset(a), set(list(a)))
    c = a.copy()
    for _ in range(rnd(20)):
        c.discard(rnd(span) - span // 4)
        if rnd(3) == 0:
            c.add(rnd(span))
    print(c)
    d = set(b)
    d |= a
    print(d)
    d &= {x for x in b if x % 2}
    print(d)
    d -= a
    d ^= b
    print(d)
    d.update(range(rnd(20)), a)
    d.difference_update(range(5))
    d.symmetric_difference_update(range(3, 9))
    d.intersection_update(d, range(-100, 1000))
    print(d)
    e = set(a)
    out = []
    while e and len(out) < 7:
        out.append(e.pop())
    e.add(rnd(span))
    print(out, e)
    print(set(dict.fromkeys(b)), {*a, *b}, {x * 3 for x in a})
print({9, 17, 33, 1, 25}, {-1, -2, 7, 15}, {2**62, 2**61 - 1, 3, 5})
print({1.5, 2.0, -0.5, 1e10}, {(1, 2), (2, 1), (0,)}, {True, 2, 0})
print(hash(frozenset({1, 2, 3})), hash(frozenset()), hash(frozenset({(1, 2), 7})))
