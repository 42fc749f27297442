s = "a,b,,c,"
print(s.split(","), s.split(",", 1), s.split(",", 0), s.split(",", -1), s.rsplit(",", 1), s.rsplit(",", 2), s.rsplit(","))
w = "  the quick\tbrown\n\nfox  "
print(w.split(), w.split(None, 1), w.split(maxsplit=2), w.rsplit(), w.rsplit(None, 1), w.rsplit(maxsplit=2))
print("".split(), "".split(","), "   ".split(), "   ".rsplit(None, 0), " a b ".split(None, 0), " a b ".rsplit(None, 0))
print("a::b::c".split("::"), "a::b::c".rsplit("::", 1), "aaa".split("a"), "aaaa".split("aa"), "aaaa".rsplit("aa"))
print("x y z".split(sep=" ", maxsplit=1), "x y z".rsplit(sep=" ", maxsplit=1))
print("é ñ ü".split(), "éxñxü".split("x"), "a\u3000b\u2003c".split(), "a\x1cb\x1dc".split())
for f in [lambda: "a".split(""), lambda: "a".rsplit(""), lambda: "a".split(1), lambda: "a".split(",", "x"), lambda: "a".split(x=1), lambda: "a".split(",", 1, 2)]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
