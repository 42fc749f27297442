# more builtin error messages
D, L, S, T = {}, [], "str", (1,)
cases = [
    lambda: int("1e5"),
    lambda: int(" 1 2 "),
    lambda: float("1,5"),
    lambda: list(range(3)).index(5),
    lambda: L.pop(),
    lambda: D.popitem(),
    lambda: T.index(2),
    lambda: S.index("z"),
    lambda: S.rindex("z"),
    lambda: bytes(-1),
    lambda: bytearray(-1),
    lambda: [1] * "2",
    lambda: S * 1.5,
    lambda: divmod(1, 0),
    lambda: divmod("a", 1),
    lambda: pow(2, 0.5, 3),
    lambda: round("1"),
    lambda: chr(1.5),
    lambda: ord(""),
    lambda: hex(1.5),
    lambda: bin("1"),
]
for c in cases:
    try:
        c()
        print("no error")
    except (TypeError, ValueError, KeyError, IndexError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
