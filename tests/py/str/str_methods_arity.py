calls = [("upper", (1,)), ("lower", (1, 2)), ("isdigit", (0,)), ("title", ("x",)), ("split", (",", 1, 2)), ("join", ()),
         ("replace", ("a",)), ("replace", ("a", "b", 1, 2)), ("center", ()), ("center", (1, " ", 3)), ("zfill", (1, 2)),
         ("find", ("a", 1, 2, 3)), ("count", ()), ("startswith", ("a", 1, 2, 3)), ("expandtabs", (1, 2)), ("encode", ("a", "b", "c")),
         ("partition", ()), ("strip", (" ", " ")), ("splitlines", (True, False)), ("casefold", (1,)), ("removeprefix", ()), ("format_map", ())]
for name, args in calls:
    try:
        print(name, getattr("abc", name)(*args))
    except TypeError as e:
        print(name, type(e).__name__, e)
try:
    str.upper()
except TypeError as e:
    print(type(e).__name__, e)
try:
    str.upper(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    str.split(b"a b")
except TypeError as e:
    print(type(e).__name__, e)
print(str.upper("x"), str.join("-", "ab"), str.center("a", 3, "*"))
