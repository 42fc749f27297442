# errors from `in`, iteration and indexing of the wrong types
N, S, I, F, L, B = None, "abc", 5, 1.5, [1, 2], b"ab"
cases = [
    lambda: 1 in I,
    lambda: 1 in N,
    lambda: 1 in S,
    lambda: [] in {1: 2},
    lambda: [] in {1},
    lambda: S["1"],
    lambda: S[F],
    lambda: L[None],
    lambda: {}[[]],
    lambda: B[S],
    lambda: range(3)["a"],
    lambda: (1, 2)[:"x"],
    lambda: [x for x in I],
    lambda: sum(I),
    lambda: sorted(N),
    lambda: "".join(I),
    lambda: dict.fromkeys(I),
    lambda: set(F),
]
for c in cases:
    try:
        r = c()
        print("no error", r)
    except TypeError as e:
        print(type(e).__name__, e)
