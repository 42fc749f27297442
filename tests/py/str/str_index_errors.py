s = "mississippi"
print(s.index("ss"), s.rindex("ss"), s.index("i", 2), s.rindex("i", 0, -1), s.index("", 5), s.rindex(""))
print(s.index("p", -3), s.rindex("s", None, 5), s.index("i", None))
for args in [("x",), ("ss", 6), ("i", 2, 4), ("", 20), ("pi", -1)]:
    for m in (s.index, s.rindex):
        try:
            print(m(*args))
        except ValueError as e:
            print(type(e).__name__, e)
for bad in [(None,), (b"s",), ("s", "x")]:
    try:
        s.index(*bad)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        s.rindex(*bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    s.index("s", start=1)
except TypeError as e:
    print(type(e).__name__, e)
