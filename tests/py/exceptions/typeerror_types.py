# TypeError messages from indexing, hashing, iteration, conversion
L, T, S, F, I, N = [1, 2], (1,), "abc", 1.0, 5, None
cases = [
    lambda: L[S],
    lambda: T[F],
    lambda: S[N],
    lambda: I[0],
    lambda: N[0],
    lambda: {[]: 1},
    lambda: {1, 2, []},
    lambda: hash({}),
    lambda: iter(5),
    lambda: list(1.5),
    lambda: tuple(None),
    lambda: int([]),
    lambda: int(None),
    lambda: float([]),
    lambda: str.join(",", [1]),
    lambda: "x".startswith(1),
    lambda: "a".replace(1, 2),
    lambda: sorted([1, "a"]),
    lambda: max(1, "a"),
    lambda: sum("ab"),
    lambda: "%d" % "s",
    lambda: len(None),
    lambda: chr("a"),
    lambda: range(1.5),
    lambda: [1][1:"a"],
    lambda: dict(1),
    lambda: dict([1]),
    lambda: bytes("abc"),
]
for c in cases:
    try:
        r = c()
        print("no error", r)
    except TypeError as e:
        print(type(e).__name__, e)
t = (1, 2)
try:
    t[0] = 3
except TypeError as e:
    print(type(e).__name__, e)
s = "abc"
try:
    s[0] = "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
fs = frozenset()
try:
    fs[0]
except TypeError as e:
    print(type(e).__name__, e)
