# error messages from builtin methods with bad arguments
cases = [
    lambda: [].index(1),
    lambda: [1, 2].index(3, 0, 1),
    lambda: [].remove(None),
    lambda: [].insert(),
    lambda: [].insert("a", 1),
    lambda: [].pop("a"),
    lambda: [1].sort(key=5),
    lambda: [].extend(5),
    lambda: {}.get(),
    lambda: {}.pop(),
    lambda: {}.update(5),
    lambda: {}.fromkeys(),
    lambda: set().remove([]),
    lambda: set().update(1),
    lambda: "abc".split(1),
    lambda: "abc".strip(1),
    lambda: "abc".count(),
    lambda: "abc".center(),
    lambda: "abc".zfill("5"),
    lambda: "abc".encode(1),
    lambda: b"abc".decode(1),
    lambda: (1).to_bytes(1, "middle"),
    lambda: int.from_bytes("ab", "big"),
    lambda: "x".startswith(["x"]),
]
for c in cases:
    try:
        r = c()
        print("no error", r)
    except (TypeError, ValueError, KeyError, IndexError, LookupError) as e:
        print(type(e).__name__, e)
