class S(str):
    pass
r = S("a=b").partition("=")
print(r, [type(x).__name__ for x in r])
r = S("ab").partition("=")
print(r, [type(x).__name__ for x in r])
r = "a=b".partition(S("="))
print(r, [type(x).__name__ for x in r])
print([type(x).__name__ for x in S("a b").split()], type(S("ab").strip()).__name__, type(S("ab").upper()).__name__, type(S("ab")[0]).__name__)
print(type(S("ab") + "c").__name__, type(S("ab") * 2).__name__, type(S("x").replace("y", "z")).__name__, type("".join([S("q")])).__name__)
print(type(S("ab").center(2)).__name__, type(S("ab").ljust(1)).__name__, type(S("ab").zfill(1)).__name__, type(S("ab")[:]).__name__)
