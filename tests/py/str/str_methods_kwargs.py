print("a,b,c".split(sep=",", maxsplit=1), "a b".rsplit(maxsplit=1, sep=None), "a\nb".splitlines(keepends=True))
print("abc".replace("b", "x"), "abc".center(7, "*"), "ab".ljust(4), "x".encode(encoding="utf-8", errors="strict"))
print("a\tb".expandtabs(tabsize=4), "{a}".format(a=1))
for call in [lambda: "abc".find(sub="b"), lambda: "abc".count(x="b"), lambda: "abc".startswith(prefix="a"), lambda: "abc".strip(chars="a"),
             lambda: "abc".join(iterable=[]), lambda: "abc".center(width=5), lambda: "abc".zfill(width=5), lambda: "abc".partition(sep="b"),
             lambda: "abc".index("b", start=0), lambda: "abc".replace(old="a", new="b"), lambda: "abc".upper(x=1), lambda: "abc".split(maxsplit=1, bogus=2)]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
